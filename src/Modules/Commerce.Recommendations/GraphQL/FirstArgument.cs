using Commerce.GraphQL;
using Commerce.Recommendations.Queries;

namespace Commerce.Recommendations.GraphQL;

internal static class FirstArgument
{
    public static int Check(int first) =>
        first is >= 0 and <= RecommendationReader.MaxFirst
            ? first
            : throw new GraphQLException($"\"first\" must be between 0 and {RecommendationReader.MaxFirst}.", RecommendationErrorCodes.ValidationFailed);
}
