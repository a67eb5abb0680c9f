using Commerce.GraphQL;
using Commerce.GraphQL.Execution;

namespace Commerce.Analytics;

[QueryType]
public sealed class AnalyticsQueries
{
    [GraphQLDescription("Shop analytics (admin and marketing roles): FORBIDDEN for others, UNAUTHENTICATED when not signed in.")]
    public AnalyticsView? GetAnalytics(IResolverContext context)
    {
        AnalyticsAccess.Require(context);
        return AnalyticsView.Instance;
    }
}
