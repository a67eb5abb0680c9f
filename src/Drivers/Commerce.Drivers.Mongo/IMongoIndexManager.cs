using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

public interface IMongoIndexManager<T>
{
    /// <summary>Creates the index (a no-op if an identical one exists) and returns its name.</summary>
    Task<string> CreateOneAsync(CreateIndexModel<T> model, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<string>> CreateManyAsync(IEnumerable<CreateIndexModel<T>> models, CancellationToken cancellationToken = default);

    Task DropOneAsync(string name, CancellationToken cancellationToken = default);

    Task<IAsyncCursor<BsonDocument>> ListAsync(CancellationToken cancellationToken = default);
}
