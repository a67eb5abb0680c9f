namespace Commerce.GraphQL.Types;

/// <summary>
/// Gathers every named type of a schema in graphql-js's order: each explicitly given type is moved to the end and
/// followed by the types it references that were not seen yet (interfaces, then each field's type and arguments).
/// </summary>
internal sealed class TypeCollector
{
    private readonly List<NamedType> _explicit = [];
    private readonly Dictionary<string, NamedType> _seen = new(StringComparer.Ordinal);
    private readonly List<NamedType> _ordered = [];
    private bool _explicitDone;

    public IReadOnlyList<NamedType> Types
    {
        get
        {
            FlushExplicit();
            return _ordered;
        }
    }

    public void AddExplicit(NamedType type)
    {
        Remember(type);
        _explicit.Add(type);
    }

    public NamedType? Find(string name)
    {
        FlushExplicit();
        return _seen.GetValueOrDefault(name);
    }

    public void Collect(GraphQLType? type)
    {
        FlushExplicit();
        if (type is not null)
        {
            Visit(type.GetNamedType(), force: false);
        }
    }

    private void FlushExplicit()
    {
        if (_explicitDone)
        {
            return;
        }

        _explicitDone = true;
        foreach (var type in _explicit)
        {
            _ordered.Remove(type);
            Visit(type, force: true);
        }
    }

    private bool Remember(NamedType type)
    {
        if (_seen.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                throw new SchemaException($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            return false;
        }

        _seen.Add(type.Name, type);
        return true;
    }

    private void Visit(NamedType type, bool force)
    {
        if (!Remember(type) && !force)
        {
            return;
        }

        if (force && _ordered.Contains(type))
        {
            return;
        }

        _ordered.Add(type);
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Visit(member, force: false);
                }

                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Visit(iface, force: false);
                }

                foreach (var field in complex.Fields)
                {
                    Visit(field.Type.GetNamedType(), force: false);
                    foreach (var argument in field.Arguments)
                    {
                        Visit(argument.Type.GetNamedType(), force: false);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Visit(field.Type.GetNamedType(), force: false);
                }

                break;
        }
    }
}
