using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>Where a directive may appear (spec 3.13 DirectiveLocations), in the spec's order.</summary>
public enum DirectiveLocation
{
    QUERY,
    MUTATION,
    SUBSCRIPTION,
    FIELD,
    FRAGMENT_DEFINITION,
    FRAGMENT_SPREAD,
    INLINE_FRAGMENT,
    VARIABLE_DEFINITION,
    SCHEMA,
    SCALAR,
    OBJECT,
    FIELD_DEFINITION,
    ARGUMENT_DEFINITION,
    INTERFACE,
    UNION,
    ENUM,
    ENUM_VALUE,
    INPUT_OBJECT,
    INPUT_FIELD_DEFINITION,
    DIRECTIVE_DEFINITION,
}

/// <summary>A directive definition (spec 3.13).</summary>
public sealed class DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations) : IHasName
{
    public string Name { get; } = NameValidator.IsValid(name) ? name : throw new SchemaException($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");

    public string? Description { get; set; }

    public FieldCollection<InputField> Arguments { get; } = new();

    public IReadOnlyList<DirectiveLocation> Locations { get; } = locations.ToList();

    public bool IsRepeatable { get; set; }

    public bool IsBuiltIn { get; init; }

    public DirectiveDefinitionNode? SyntaxNode { get; set; }

    public override string ToString() => "@" + Name;
}
