using Commerce.Analytics;
using Commerce.GraphQL.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

public static class AnalyticsGraphQLBuilderExtensions
{
    /// <summary>Adds <c>Query.analytics</c> and <c>Product.stats</c> (needs the catalog's types in the schema).</summary>
    public static GraphQLServerBuilder AddAnalyticsTypes(this GraphQLServerBuilder builder) =>
        builder.ConfigureSchema(schema => schema
            .AddTypeExtension<AnalyticsQueries>()
            .AddTypeExtension<ProductStatsExtensions>());
}
