using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Accounts.Tests.Infrastructure;

/// <summary>Test-only fields over <see cref="UserByIdDataLoader"/>, as another module would use it.</summary>
[QueryType]
public sealed class UserLoaderQueries
{
    public async Task<IReadOnlyList<Account?>> UsersByIds(IResolverContext context, [ID] List<Guid> ids) =>
        await context.DataLoader<UserByIdDataLoader>().LoadAsync(ids, context.RequestAborted);

    public async Task<Account?> UserById(IResolverContext context, [ID] Guid id) =>
        await context.DataLoader<UserByIdDataLoader>().LoadAsync(id, context.RequestAborted);
}
