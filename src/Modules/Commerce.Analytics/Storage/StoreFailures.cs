using Commerce.Drivers.Cql;
using Commerce.GraphQL;

namespace Commerce.Analytics;

/// <summary>Which Cassandra failures mean "the store is not answering" rather than a bug in our CQL.</summary>
public static class StoreFailures
{
    public static bool IsUnavailable(Exception e) => e is NoHostAvailableException or OperationTimedOutException or ConnectionClosedException
        or UnavailableException or ReadTimeoutException or WriteTimeoutException or OverloadedException or IsBootstrappingException
        or System.Net.Sockets.SocketException or IOException;

    /// <summary>Runs a read for a GraphQL field; an unreachable store becomes STORE_UNAVAILABLE on that field only.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new GraphQLException(new GraphQLError(
                "Analytics are unavailable right now.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.StoreUnavailable },
                exception: e));
        }
    }
}
