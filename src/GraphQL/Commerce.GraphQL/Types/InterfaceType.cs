namespace Commerce.GraphQL.Types;

/// <summary>An interface type (spec 3.7); interfaces may implement other interfaces.</summary>
public sealed class InterfaceType(string name, string? description = null) : ComplexType(name, description)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Resolves a value's object type; when null, the schema asks each possible type's <see cref="ObjectType.IsInstanceOfType"/>.</summary>
    public TypeResolver? ResolveType { get; set; }

    public Type? RuntimeType { get; set; }
}
