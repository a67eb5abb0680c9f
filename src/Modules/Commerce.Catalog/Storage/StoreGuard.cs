using Commerce.Drivers.Mongo;
using Commerce.GraphQL;

namespace Commerce.Catalog;

/// <summary>Turns "MongoDB is unreachable" into a coded error on the fields the catalog serves, not an internal error.</summary>
public static class StoreGuard
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is MongoConnectionException or MongoWaitQueueTimeoutException)
        {
            throw new GraphQLException(
                new GraphQLError("The product catalog is unavailable right now.", extensions: new Dictionary<string, object?> { ["code"] = CatalogErrorCodes.StoreUnavailable }, exception: e));
        }
    }
}
