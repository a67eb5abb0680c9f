using Commerce.GraphQL.AspNetCore;
using Commerce.Recommendations.GraphQL;

namespace Microsoft.Extensions.DependencyInjection;

public static class RecommendationsGraphQLBuilderExtensions
{
    /// <summary>Adds <c>Product.frequentlyBoughtTogether/similar</c>, <c>User.recommendations</c> (so <c>me { recommendations }</c>), <c>myRecommendations</c>, and the marketing queries.</summary>
    public static GraphQLServerBuilder AddRecommendationsTypes(this GraphQLServerBuilder builder) =>
        builder.ConfigureSchema(schema => schema
            .AddTypeExtension<ProductRecommendationExtensions>()
            .AddTypeExtension<AccountRecommendationExtensions>()
            .AddTypeExtension<RecommendationQueries>());
}
