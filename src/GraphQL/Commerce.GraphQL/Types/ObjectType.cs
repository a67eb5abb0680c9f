namespace Commerce.GraphQL.Types;

/// <summary>An object type (spec 3.6).</summary>
public sealed class ObjectType(string name, string? description = null) : ComplexType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>The C# type whose instances are of this object type; used to resolve abstract types.</summary>
    public Type? RuntimeType { get; set; }

    /// <summary>Decides whether a value is of this type when <see cref="RuntimeType"/> cannot (e.g. dictionaries).</summary>
    public Func<object, bool>? IsTypeOf { get; set; }

    public bool IsInstanceOfType(object value) =>
        IsTypeOf?.Invoke(value) ?? (RuntimeType is not null && RuntimeType.IsInstanceOfType(value));
}
