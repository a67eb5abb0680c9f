using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>
/// A logical session. Commands run with it carry its <c>lsid</c>; between <see cref="StartTransaction"/>
/// and commit or abort they also carry <c>txnNumber</c> and <c>autocommit: false</c>, and are one
/// multi-document transaction.
/// </summary>
public interface IClientSessionHandle : IAsyncDisposable, IDisposable
{
    IMongoClient Client { get; }

    /// <summary>The session id document, <c>{ id: UUID }</c>.</summary>
    BsonDocument Id { get; }

    bool IsInTransaction { get; }

    void StartTransaction(TransactionOptions? options = null);

    Task CommitTransactionAsync(CancellationToken cancellationToken = default);

    Task AbortTransactionAsync(CancellationToken cancellationToken = default);
}
