using Commerce.GraphQL.Execution;

namespace Commerce.GraphQL.DataLoader;

/// <summary>Gives resolvers their request's loaders.</summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>The key under which a request's <see cref="DataLoaderScope"/> sits in the context data.</summary>
    public const string ScopeKey = "Commerce.GraphQL.DataLoaderScope";

    public static T DataLoader<T>(this IResolverContext context)
        where T : class, IDataLoader =>
        context.DataLoaders().GetDataLoader<T>();

    public static DataLoaderScope DataLoaders(this IResolverContext context) =>
        context is ResolverContext own
            ? own.Execution.DataLoaders
            : context.ContextData.TryGetValue(ScopeKey, out var scope) && scope is DataLoaderScope found
                ? found
                : throw new InvalidOperationException("This resolver context has no DataLoader scope.");
}
