using Commerce.GraphQL.Introspection;
using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>
/// A GraphQL schema (spec 3.3): root operation types, every type reachable from them or named explicitly, and
/// the directives. Types are kept in graphql-js's collection order (explicit types in order, each followed by the
/// types it first references), so introspection and SDL read in definition order.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, IReadOnlyList<ComplexType>> _implementations = [];

    public Schema(
        ObjectType? queryType,
        ObjectType? mutationType = null,
        ObjectType? subscriptionType = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;

        var collector = new TypeCollector();
        foreach (var type in types ?? [])
        {
            collector.AddExplicit(type);
        }

        collector.Collect(queryType);
        collector.Collect(mutationType);
        collector.Collect(subscriptionType);

        // Given directives are collected first: their String and Boolean are the ones introspection must share.
        var givenDirectives = directives?.ToList() ?? [];
        AddDirectives(givenDirectives, collector);
        var stringType = collector.Find("String") as ScalarType ?? BuiltInScalars.Create("String")!;
        var booleanType = collector.Find("Boolean") as ScalarType ?? BuiltInScalars.Create("Boolean")!;
        if (directives is null)
        {
            AddDirectives(BuiltInDirectives.Create(booleanType, stringType), collector);
        }

        var introspection = IntrospectionTypes.Create(this, stringType, booleanType);
        collector.Collect(introspection.SchemaType);
        Introspection = introspection;

        foreach (var type in collector.Types)
        {
            _types.Add(type.Name, type);
        }

        TypeList = collector.Types;
        IndexPossibleTypes();
    }

    public string? Description { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in collection order (the order introspection lists them in).</summary>
    public IReadOnlyList<NamedType> TypeList { get; }

    public IReadOnlyDictionary<string, NamedType> Types => _types;

    public IEnumerable<DirectiveDefinition> Directives => _directives.Values;

    public IntrospectionTypes Introspection { get; }

    /// <summary>Directives applied to the schema definition.</summary>
    public List<DirectiveNode> AppliedDirectives { get; } = [];

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type can be (union members, or implementations of an interface).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];

    /// <summary>Objects and interfaces implementing an interface.</summary>
    public IReadOnlyList<ComplexType> GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType, out var types) ? types : [];

    /// <summary>True when <paramref name="maybeSubType"/> is a possible type or an implementation of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType o && union.Types.Contains(o),
        InterfaceType iface => maybeSubType is ComplexType c && c.Implements(iface),
        _ => false,
    };

    /// <summary>The spec's DoesFragmentTypeApply / type overlap test: can a value be of both types?</summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType)
        {
            return b.IsAbstractType
                ? GetPossibleTypes(a).Any(t => IsSubType(b, t))
                : IsSubType(a, b);
        }

        return b.IsAbstractType && IsSubType(b, a);
    }

    private void AddDirectives(IEnumerable<DirectiveDefinition> directives, TypeCollector collector)
    {
        foreach (var directive in directives)
        {
            if (!_directives.TryAdd(directive.Name, directive))
            {
                throw new SchemaException($"Schema must contain uniquely named directives but contains multiple directives named \"@{directive.Name}\".");
            }

            foreach (var argument in directive.Arguments)
            {
                collector.Collect(argument.Type);
            }
        }
    }

    private void IndexPossibleTypes()
    {
        var implementations = new Dictionary<InterfaceType, List<ComplexType>>();
        foreach (var type in TypeList)
        {
            if (type is UnionType union)
            {
                _possibleTypes[union] = union.Types;
            }

            if (type is ComplexType complex)
            {
                foreach (var iface in complex.Interfaces)
                {
                    if (!implementations.TryGetValue(iface, out var list))
                    {
                        implementations[iface] = list = [];
                    }

                    list.Add(complex);
                }
            }
        }

        foreach (var (iface, list) in implementations)
        {
            _implementations[iface] = list;
            _possibleTypes[iface] = list.OfType<ObjectType>().ToList();
        }
    }
}
