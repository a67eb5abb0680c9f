using System.Net.Sockets;
using Commerce.Drivers.Bolt;
using Commerce.GraphQL;

namespace Commerce.Recommendations.GraphQL;

/// <summary>Turns "Neo4j is unreachable" into a coded error on the recommendation fields only.</summary>
public static class GraphStoreGuard
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is ServiceUnavailableException or SocketException or IOException or TimeoutException)
        {
            throw new GraphQLException(new GraphQLError(
                "Recommendations are unavailable right now.",
                extensions: new Dictionary<string, object?> { ["code"] = RecommendationErrorCodes.StoreUnavailable },
                exception: e));
        }
    }
}
