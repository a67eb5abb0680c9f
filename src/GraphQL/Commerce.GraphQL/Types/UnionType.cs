namespace Commerce.GraphQL.Types;

/// <summary>A union type (spec 3.8): one of several object types.</summary>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Union;

    public List<ObjectType> Types { get; } = [];

    public TypeResolver? ResolveType { get; set; }

    public Type? RuntimeType { get; set; }
}
