namespace Commerce.GraphQL.Types;

/// <summary>
/// An input object type (spec 3.10), optionally <c>@oneOf</c> (exactly one field, non-null). Coerced values are
/// dictionaries of the fields given; <see cref="Factory"/> turns them into <see cref="RuntimeType"/> instances.
/// </summary>
public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.InputObject;

    public FieldCollection<InputField> Fields { get; } = new();

    public bool IsOneOf { get; set; }

    public Type? RuntimeType { get; set; }

    /// <summary>Builds the runtime value from the coerced field values (absent fields are missing from the dictionary).</summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? Factory { get; set; }
}
