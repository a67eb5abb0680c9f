namespace Commerce.GraphQL;

/// <summary>Gives a type, field, argument or enum value an explicit GraphQL name.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The description shown in SDL and introspection.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}

/// <summary>Marks a field, argument, input field or enum value as deprecated (C#'s <see cref="ObsoleteAttribute"/> works too).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason = Types.BuiltInDirectives.DefaultDeprecationReason) : Attribute
{
    public string Reason { get; } = reason;
}

/// <summary>Keeps a member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute;

/// <summary>Types a member or argument as <c>ID</c> instead of what its C# type would give.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute : Attribute;

/// <summary>Gives a member or argument an explicit GraphQL type in SDL notation, e.g. <c>"[Int!]"</c> or <c>"Decimal!"</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLTypeAttribute(string typeReference) : Attribute
{
    public string TypeReference { get; } = typeReference;
}

/// <summary>Marks an input class as a <c>@oneOf</c> input object: exactly one field must be given.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OneOfAttribute : Attribute;

/// <summary>Static cost of a field for the cost limit (a field that calls a store costs more than a property read).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class CostAttribute(int cost) : Attribute
{
    public int Cost { get; } = cost;
}

/// <summary>Makes a C# interface a GraphQL union of the object types that implement it.</summary>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class GraphQLUnionAttribute : Attribute;
