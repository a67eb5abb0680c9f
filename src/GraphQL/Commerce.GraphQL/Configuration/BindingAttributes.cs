namespace Commerce.GraphQL;

/// <summary>Binds a resolver parameter to the parent object instead of a GraphQL argument.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;

/// <summary>Binds a resolver parameter to a service of the request's service provider instead of a GraphQL argument.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;

/// <summary>
/// Adds this class's members as fields of another object type: the stitching of modules. The target is a CLR type
/// (<c>[ExtendObjectType(typeof(Product))]</c>) or a GraphQL name (<c>[ExtendObjectType("Query")]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public class ExtendObjectTypeAttribute : Attribute
{
    public ExtendObjectTypeAttribute(string name) => Name = name;

    public ExtendObjectTypeAttribute(Type type) => Type = type;

    public string? Name { get; }

    public Type? Type { get; }
}

/// <summary>Generic form of <see cref="ExtendObjectTypeAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ExtendObjectTypeAttribute<T>() : ExtendObjectTypeAttribute(typeof(T));

/// <summary>Adds this class's members to the query root type (any number of classes may).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class QueryTypeAttribute() : ExtendObjectTypeAttribute(OperationTypeNames.Query);

/// <summary>Adds this class's members to the mutation root type.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MutationTypeAttribute() : ExtendObjectTypeAttribute(OperationTypeNames.Mutation);

/// <summary>Adds this class's members to the subscription root type.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SubscriptionTypeAttribute() : ExtendObjectTypeAttribute(OperationTypeNames.Subscription);

/// <summary>The default names of the root operation types.</summary>
public static class OperationTypeNames
{
    public const string Query = "Query";
    public const string Mutation = "Mutation";
    public const string Subscription = "Subscription";
}
