using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>One value of an enum type: its GraphQL name and the runtime value it stands for.</summary>
public sealed class EnumValue(string name, object value) : IHasName
{
    public string Name { get; } = NameValidator.IsValid(name) && name is not ("true" or "false" or "null")
        ? name
        : throw new SchemaException($"Enum values cannot be named: {name}.");

    public object Value { get; } = value;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public List<DirectiveNode> AppliedDirectives { get; } = [];

    public EnumValueDefinitionNode? SyntaxNode { get; set; }
}

/// <summary>
/// An enum type (spec 3.9): serializes a runtime value to its name and parses names back. Runtime values are
/// C# enum members for code-first enums, the names themselves otherwise.
/// </summary>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private readonly Dictionary<object, EnumValue> _byValue = [];

    public override TypeKind Kind => TypeKind.Enum;

    public FieldCollection<EnumValue> Values { get; } = new();

    public Type? RuntimeType { get; set; }

    public void AddValue(EnumValue value)
    {
        Values.Add(value);
        _byValue.TryAdd(value.Value, value);
    }

    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var byValue))
        {
            return byValue.Name;
        }

        if (value is string s && Values.TryGetField(s, out var byName))
        {
            return byName.Name;
        }

        throw new SerializationException($"Enum \"{Name}\" cannot represent value: {ValueDisplay.Inspect(value)}");
    }

    public object ParseValue(object value)
    {
        if (value is not string name)
        {
            throw new InputCoercionException($"Enum \"{Name}\" cannot represent non-string value: {ValueDisplay.Inspect(value)}.");
        }

        return Values.TryGetField(name, out var enumValue)
            ? enumValue.Value
            : throw new InputCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
    }

    public object ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode enumLiteral)
        {
            throw new InputCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(literal)}.");
        }

        return Values.TryGetField(enumLiteral.Value, out var enumValue)
            ? enumValue.Value
            : throw new InputCoercionException($"Value \"{enumLiteral.Value}\" does not exist in \"{Name}\" enum.");
    }

    public ValueNode ToLiteral(object value) => new EnumValueNode(Serialize(value));
}
