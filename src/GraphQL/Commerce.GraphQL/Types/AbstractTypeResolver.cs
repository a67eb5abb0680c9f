using Commerce.GraphQL.Execution;

namespace Commerce.GraphQL.Types;

/// <summary>Names the concrete object type of a value of an abstract type (spec 6.4.3 ResolveAbstractType).</summary>
public delegate ObjectType? TypeResolver(object value, IResolverContext context);
