using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>An input value definition (spec 3.6.1, 3.10): a field argument, a directive argument, or an input object field.</summary>
public sealed class InputField(string name, GraphQLType type) : IHasName
{
    public string Name { get; } = NameValidator.IsValid(name) ? name : throw new SchemaException($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");

    public GraphQLType Type { get; set; } = type;

    public string? Description { get; set; }

    /// <summary>The default value as a literal; null when there is none (distinct from a default of <c>null</c>, a <see cref="NullValueNode"/>).</summary>
    public ValueNode? DefaultValue { get; set; }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public List<DirectiveNode> AppliedDirectives { get; } = [];

    /// <summary>The C# member or parameter this value binds to, for code-first input objects.</summary>
    public string? RuntimeName { get; set; }

    public InputValueDefinitionNode? SyntaxNode { get; set; }

    public override string ToString() => $"{Name}: {Type}";
}
