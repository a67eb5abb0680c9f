using Commerce.Accounts;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Relay;
using Commerce.Recommendations.Queries;

namespace Commerce.Recommendations.GraphQL;

/// <summary>
/// A page of a segment as accounts: the graph's customer ids resolved through the accounts module's batched loader,
/// the whole page in one PostgreSQL query. A customer the accounts store no longer has (or an id that is no account
/// id) is left out of the page; the cursors stay the graph's, so the next page starts after the last id of this one.
/// </summary>
internal static class SegmentCustomers
{
    public static async Task<Connection<Account>> ResolveAsync(IResolverContext context, SegmentPage page, bool hasPreviousPage)
    {
        var ids = page.CustomerIds.Select(id => Guid.TryParse(id, out var guid) ? guid : (Guid?)null).ToList();
        var known = ids.OfType<Guid>().Distinct().ToList();
        var accounts = known.Count == 0
            ? []
            : await context.DataLoader<UserByIdDataLoader>().LoadAsync(known, context.RequestAborted);
        var byId = known.Zip(accounts).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!);

        var edges = new List<Edge<Account>>(page.CustomerIds.Count);
        for (var i = 0; i < page.CustomerIds.Count; i++)
        {
            if (ids[i] is { } id && byId.TryGetValue(id, out var account))
            {
                edges.Add(new Edge<Account>(account, SegmentCursor.Encode(page.CustomerIds[i])));
            }
        }

        var endCursor = page.CustomerIds.Count > 0 ? SegmentCursor.Encode(page.CustomerIds[^1]) : null;
        return new Connection<Account>(edges, new PageInfo(page.HasNextPage, hasPreviousPage, edges.FirstOrDefault()?.Cursor, endCursor), page.Total);
    }
}
