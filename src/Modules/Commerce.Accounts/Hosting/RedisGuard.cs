using Commerce.Drivers.Redis;
using Commerce.GraphQL;

namespace Commerce.Accounts;

/// <summary>Turns "Redis is unreachable" into the client's STORE_UNAVAILABLE error for the field at hand (carts use it too).</summary>
public static class RedisGuard
{
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    public static bool IsUnavailable(Exception e) => e is RedisConnectionException or RedisTimeoutException;

    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new GraphQLException(new GraphQLError(
                "Sessions, carts and rate limits are unavailable right now.",
                extensions: new Dictionary<string, object?> { ["code"] = StoreUnavailable },
                exception: e));
        }
    }
}
