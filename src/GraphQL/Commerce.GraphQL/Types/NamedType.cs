using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name, string? description)
    {
        NameValidator.EnsureValid(name);
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; set; }

    /// <summary>Directives applied to this type in its definition (printed in SDL where they are not built in).</summary>
    public List<DirectiveNode> AppliedDirectives { get; } = [];

    /// <summary>The definition this type was built from, when it was built from SDL.</summary>
    public TypeDefinitionNode? SyntaxNode { get; set; }

    public override NamedType GetNamedType() => this;

    /// <summary>True for the spec's built-in scalars and the introspection types.</summary>
    public bool IsBuiltIn { get; init; }

    public override string ToString() => Name;
}

/// <summary>The spec's rule for names (2.1.9): /[_A-Za-z][_0-9A-Za-z]*/.</summary>
public static class NameValidator
{
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    public static void EnsureValid(string name)
    {
        if (!IsValid(name))
        {
            throw new SchemaException($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");
        }
    }
}

/// <summary>A schema that cannot be built or is invalid; the message says what is wrong and where.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(string message) : base(message) => Errors = [message];

    public SchemaException(IReadOnlyList<string> errors) : base(string.Join(Environment.NewLine, errors)) => Errors = errors;

    public IReadOnlyList<string> Errors { get; }
}
