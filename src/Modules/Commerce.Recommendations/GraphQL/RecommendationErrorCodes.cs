namespace Commerce.Recommendations.GraphQL;

public static class RecommendationErrorCodes
{
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string ValidationFailed = "VALIDATION_FAILED";
}
