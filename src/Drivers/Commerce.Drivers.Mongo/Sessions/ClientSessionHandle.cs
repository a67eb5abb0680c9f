using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Sessions;

internal sealed class ClientSessionHandle : IClientSessionHandle
{
    private readonly MongoClient _client;
    private TransactionState _state = TransactionState.None;
    private TransactionOptions? _options;
    private long _txnNumber;
    private bool _disposed;

    public ClientSessionHandle(MongoClient client)
    {
        _client = client;
        // Session ids are random UUIDs (version 4) made by the client; the server needs no round trip.
        Id = new BsonDocument("id", Guid.NewGuid());
    }

    public IMongoClient Client => _client;
    public BsonDocument Id { get; }
    public bool IsInTransaction => _state is TransactionState.Starting or TransactionState.InProgress;

    public void StartTransaction(TransactionOptions? options = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsInTransaction)
        {
            throw new InvalidOperationException("A transaction is already in progress on this session.");
        }

        _txnNumber++;
        _options = options;
        _state = TransactionState.Starting;
    }

    /// <summary>Adds the session (and transaction) fields to a command about to be sent.</summary>
    internal void ApplyTo(BsonDocument command)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        command.Set("lsid", Id);
        if (!IsInTransaction)
        {
            return;
        }

        command.Set("txnNumber", _txnNumber);
        if (_state == TransactionState.Starting)
        {
            command.Set("startTransaction", true);
            if (_options?.ReadConcernLevel is { } level)
            {
                command.Set("readConcern", new BsonDocument("level", level));
            }

            _state = TransactionState.InProgress;
        }

        command.Set("autocommit", false);
    }

    public async Task CommitTransactionAsync(CancellationToken cancellationToken = default)
    {
        switch (_state)
        {
            case TransactionState.None:
                throw new InvalidOperationException("No transaction was started on this session.");
            case TransactionState.Aborted:
                throw new InvalidOperationException("The transaction was aborted; it cannot be committed.");
            case TransactionState.Starting:
                // Nothing was sent, so there is nothing for the server to commit.
                _state = TransactionState.Committed;
                return;
        }

        await EndTransactionAsync("commitTransaction", cancellationToken).ConfigureAwait(false);
        _state = TransactionState.Committed;
    }

    public async Task AbortTransactionAsync(CancellationToken cancellationToken = default)
    {
        switch (_state)
        {
            case TransactionState.None:
                throw new InvalidOperationException("No transaction was started on this session.");
            case TransactionState.Committed:
                throw new InvalidOperationException("The transaction was committed; it cannot be aborted.");
            case TransactionState.Aborted:
                throw new InvalidOperationException("The transaction was already aborted.");
            case TransactionState.Starting:
                _state = TransactionState.Aborted;
                return;
        }

        try
        {
            await EndTransactionAsync("abortTransaction", cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException)
        {
            // The Transactions spec says to ignore abort errors: a transaction the server already
            // aborted (after a write conflict, say) answers NoSuchTransaction, and one it cannot
            // reach times out on its own.
        }
        finally
        {
            _state = TransactionState.Aborted;
        }
    }

    private async Task EndTransactionAsync(string commandName, CancellationToken cancellationToken)
    {
        var command = new BsonDocument
        {
            { commandName, 1 },
            { "lsid", Id },
            { "txnNumber", _txnNumber },
            { "autocommit", false },
        };
        if (_options?.WriteConcern is { } writeConcern)
        {
            command.Add("writeConcern", writeConcern.ToBsonDocument());
        }

        await _client.Executor.RunAsync("admin", command, null, session: null, retryableRead: false, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            if (_state == TransactionState.InProgress)
            {
                await AbortTransactionAsync().ConfigureAwait(false);
            }

            await _client.Executor.RunAsync("admin", new BsonDocument("endSessions", new BsonArray { Id }), null, null, false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (MongoException)
        {
            // Ending a session is a courtesy: the server expires it after 30 idle minutes anyway.
        }
        finally
        {
            _disposed = true;
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
