using System.Globalization;
using Commerce.Accounts;
using Commerce.GraphQL;
using Commerce.GraphQL.Execution;
using Commerce.Recommendations.Queries;

namespace Commerce.Recommendations.GraphQL;

/// <summary><c>me { recommendations }</c>: on the accounts module's User, for that user themself or for marketing.</summary>
[ExtendObjectType(typeof(Account))]
public sealed class AccountRecommendationExtensions
{
    [GraphQLDescription("What this user may like (as myRecommendations); only the user themself and marketing may ask.")]
    public async Task<IReadOnlyList<Recommendation>?> GetRecommendationsAsync([Parent] Account account, IResolverContext context, [Service] RecommendationReader reader, int first = 10)
    {
        var customerId = account.Id.ToString("D", CultureInfo.InvariantCulture);
        var user = RecommendationsAccess.User(context);
        if (!string.Equals(RecommendationsAccess.CustomerIdOf(user), customerId, StringComparison.OrdinalIgnoreCase))
        {
            RecommendationsAccess.RequireMarketing(context);
        }

        var scored = await GraphStoreGuard.RunAsync(() => reader.ForCustomerAsync(customerId, FirstArgument.Check(first), context.RequestAborted));
        return await RecommendedProducts.ResolveAsync(context, scored);
    }
}
