using Commerce.Accounts;
using Commerce.GraphQL;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Relay;
using Commerce.Recommendations.Queries;

namespace Commerce.Recommendations.GraphQL;

[QueryType]
public sealed class RecommendationQueries
{
    [GraphQLDescription("For the signed-in customer: what customers who bought what you bought also bought, leaving out what you have; best sellers of your categories when you have no purchases in common with anyone.")]
    public async Task<IReadOnlyList<Recommendation>?> GetMyRecommendationsAsync(IResolverContext context, [Service] RecommendationReader reader, int first = 10)
    {
        var customerId = RecommendationsAccess.RequireCustomerId(context);
        var scored = await GraphStoreGuard.RunAsync(() => reader.ForCustomerAsync(customerId, FirstArgument.Check(first), context.RequestAborted));
        return await RecommendedProducts.ResolveAsync(context, scored);
    }

    [GraphQLDescription("Marketing only: a customer's recommendations, as that customer would see them.")]
    public async Task<IReadOnlyList<Recommendation>?> GetRecommendationsForAsync(IResolverContext context, [Service] RecommendationReader reader, [ID] string customerId, int first = 10)
    {
        RecommendationsAccess.RequireMarketing(context);
        var scored = await GraphStoreGuard.RunAsync(() => reader.ForCustomerAsync(customerId, FirstArgument.Check(first), context.RequestAborted));
        return await RecommendedProducts.ResolveAsync(context, scored);
    }

    [GraphQLDescription("Marketing only: customers who bought all of boughtAll, none of boughtNone, and viewed any of viewedAny (since a time, when given), by id, as their accounts (customers without one are left out; totalCount counts them). Needs boughtAll or viewedAny.")]
    public async Task<Connection<Account>?> GetCustomerSegmentAsync(
        IResolverContext context,
        [Service] RecommendationReader reader,
        [ID] List<string>? boughtAll = null,
        [ID] List<string>? boughtNone = null,
        [ID] List<string>? viewedAny = null,
        DateTimeOffset? since = null,
        int first = 20,
        string? after = null)
    {
        RecommendationsAccess.RequireMarketing(context);
        var criteria = new SegmentCriteria(boughtAll ?? [], boughtNone ?? [], viewedAny ?? [], since);
        if (criteria.BoughtAll.Count == 0 && criteria.ViewedAny.Count == 0)
        {
            throw new GraphQLException("A segment needs at least one product in boughtAll or viewedAny.", RecommendationErrorCodes.ValidationFailed);
        }

        var size = first is >= 0 and <= 100
            ? first
            : throw new GraphQLException("\"first\" must be between 0 and 100.", RecommendationErrorCodes.ValidationFailed);
        var afterId = after is null ? null : SegmentCursor.Decode(after);
        var page = await GraphStoreGuard.RunAsync(() => reader.SegmentAsync(criteria, size, afterId, context.RequestAborted));
        return await SegmentCustomers.ResolveAsync(context, page, afterId is not null);
    }
}
