using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>
/// A collection of <typeparamref name="T"/> (a mapped class, or <see cref="BsonDocument"/>).
/// Filters, updates, sorts and projections are BSON documents, so values are never spliced into
/// query text. Every operation has an overload that runs it in a session (and its transaction).
/// </summary>
public interface IMongoCollection<T>
{
    IMongoDatabase Database { get; }

    string CollectionName { get; }

    IMongoIndexManager<T> Indexes { get; }

    IMongoCollection<T> WithWriteConcern(WriteConcern writeConcern);

    Task InsertOneAsync(T document, CancellationToken cancellationToken = default);
    Task InsertOneAsync(IClientSessionHandle session, T document, CancellationToken cancellationToken = default);

    Task InsertManyAsync(IEnumerable<T> documents, InsertManyOptions? options = null, CancellationToken cancellationToken = default);
    Task InsertManyAsync(IClientSessionHandle session, IEnumerable<T> documents, InsertManyOptions? options = null, CancellationToken cancellationToken = default);

    Task<IAsyncCursor<T>> FindAsync(BsonDocument filter, FindOptions? options = null, CancellationToken cancellationToken = default);
    Task<IAsyncCursor<T>> FindAsync(IClientSessionHandle session, BsonDocument filter, FindOptions? options = null, CancellationToken cancellationToken = default);

    Task<UpdateResult> UpdateOneAsync(BsonDocument filter, BsonDocument update, UpdateOptions? options = null, CancellationToken cancellationToken = default);
    Task<UpdateResult> UpdateOneAsync(IClientSessionHandle session, BsonDocument filter, BsonDocument update, UpdateOptions? options = null, CancellationToken cancellationToken = default);

    Task<UpdateResult> UpdateManyAsync(BsonDocument filter, BsonDocument update, UpdateOptions? options = null, CancellationToken cancellationToken = default);
    Task<UpdateResult> UpdateManyAsync(IClientSessionHandle session, BsonDocument filter, BsonDocument update, UpdateOptions? options = null, CancellationToken cancellationToken = default);

    Task<UpdateResult> ReplaceOneAsync(BsonDocument filter, T replacement, UpdateOptions? options = null, CancellationToken cancellationToken = default);
    Task<UpdateResult> ReplaceOneAsync(IClientSessionHandle session, BsonDocument filter, T replacement, UpdateOptions? options = null, CancellationToken cancellationToken = default);

    Task<DeleteResult> DeleteOneAsync(BsonDocument filter, CancellationToken cancellationToken = default);
    Task<DeleteResult> DeleteOneAsync(IClientSessionHandle session, BsonDocument filter, CancellationToken cancellationToken = default);

    Task<DeleteResult> DeleteManyAsync(BsonDocument filter, CancellationToken cancellationToken = default);
    Task<DeleteResult> DeleteManyAsync(IClientSessionHandle session, BsonDocument filter, CancellationToken cancellationToken = default);

    Task<T?> FindOneAndUpdateAsync(BsonDocument filter, BsonDocument update, FindOneAndUpdateOptions? options = null, CancellationToken cancellationToken = default);
    Task<T?> FindOneAndUpdateAsync(IClientSessionHandle session, BsonDocument filter, BsonDocument update, FindOneAndUpdateOptions? options = null, CancellationToken cancellationToken = default);

    Task<T?> FindOneAndDeleteAsync(BsonDocument filter, FindOneAndDeleteOptions? options = null, CancellationToken cancellationToken = default);
    Task<T?> FindOneAndDeleteAsync(IClientSessionHandle session, BsonDocument filter, FindOneAndDeleteOptions? options = null, CancellationToken cancellationToken = default);

    Task<IAsyncCursor<TResult>> AggregateAsync<TResult>(IEnumerable<BsonDocument> pipeline, AggregateOptions? options = null, CancellationToken cancellationToken = default);
    Task<IAsyncCursor<TResult>> AggregateAsync<TResult>(IClientSessionHandle session, IEnumerable<BsonDocument> pipeline, AggregateOptions? options = null, CancellationToken cancellationToken = default);

    Task<long> CountDocumentsAsync(BsonDocument filter, CountOptions? options = null, CancellationToken cancellationToken = default);
    Task<long> CountDocumentsAsync(IClientSessionHandle session, BsonDocument filter, CountOptions? options = null, CancellationToken cancellationToken = default);

    Task<BulkWriteResult> BulkWriteAsync(IEnumerable<WriteModel<T>> requests, BulkWriteOptions? options = null, CancellationToken cancellationToken = default);
    Task<BulkWriteResult> BulkWriteAsync(IClientSessionHandle session, IEnumerable<WriteModel<T>> requests, BulkWriteOptions? options = null, CancellationToken cancellationToken = default);
}
