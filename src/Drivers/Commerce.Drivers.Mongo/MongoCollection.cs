using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Bson.Serialization;
using Commerce.Drivers.Mongo.Cursors;
using Commerce.Drivers.Mongo.Operations;
using Commerce.Drivers.Mongo.Sessions;

namespace Commerce.Drivers.Mongo;

internal sealed class MongoCollection<T> : IMongoCollection<T>
{
    private readonly MongoDatabase _database;
    private readonly WriteConcern? _writeConcern;
    private readonly BsonMapper _mapper;
    private readonly OperationExecutor _executor;

    public MongoCollection(MongoDatabase database, string name, WriteConcern? writeConcern)
    {
        _database = database;
        CollectionName = name;
        _writeConcern = writeConcern;
        _mapper = database.MongoClient.Mapper;
        _executor = database.MongoClient.Executor;
        Indexes = new MongoIndexManager<T>(_executor, database.DatabaseName, name);
    }

    public IMongoDatabase Database => _database;
    public string CollectionName { get; }
    public IMongoIndexManager<T> Indexes { get; }
    private string DatabaseName => _database.DatabaseName;

    public IMongoCollection<T> WithWriteConcern(WriteConcern writeConcern) => new MongoCollection<T>(_database, CollectionName, writeConcern);

    // ---- insert ----

    public Task InsertOneAsync(T document, CancellationToken cancellationToken = default) =>
        InsertAsync(null, [document], ordered: true, cancellationToken);

    public Task InsertOneAsync(IClientSessionHandle session, T document, CancellationToken cancellationToken = default) =>
        InsertAsync(Session(session), [document], ordered: true, cancellationToken);

    public Task InsertManyAsync(IEnumerable<T> documents, InsertManyOptions? options = null, CancellationToken cancellationToken = default) =>
        InsertAsync(null, documents, options?.IsOrdered ?? true, cancellationToken);

    public Task InsertManyAsync(IClientSessionHandle session, IEnumerable<T> documents, InsertManyOptions? options = null, CancellationToken cancellationToken = default) =>
        InsertAsync(Session(session), documents, options?.IsOrdered ?? true, cancellationToken);

    private async Task InsertAsync(ClientSessionHandle? session, IEnumerable<T> documents, bool ordered, CancellationToken cancellationToken)
    {
        var statements = documents.Select(ToInsertDocument).ToList();
        if (statements.Count == 0)
        {
            throw new ArgumentException("Nothing to insert.", nameof(documents));
        }

        var batches = await WriteCommandRunner.RunAsync(_executor, DatabaseName, CollectionName, WriteCommandKind.Insert, statements, ordered, _writeConcern, session, cancellationToken).ConfigureAwait(false);
        ThrowIfAnyFailed(batches);
    }

    /// <summary>
    /// Documents without an _id get a new ObjectId, as the server would, but client-side so the
    /// caller learns it: it is written back to an ObjectId <c>Id</c> member.
    /// </summary>
    internal BsonDocument ToInsertDocument(T item)
    {
        var document = _mapper.ToDocument(item);
        var id = document.GetValueOrDefault("_id");
        var generate = id is null || id.IsBsonNull || (id is BsonObjectId oid && oid.Value == ObjectId.Empty);
        var member = (_mapper.GetConverter(typeof(T)) as ClassMapConverter)?.FindMember("_id");
        if (!generate || (member is not null && member.MemberType != typeof(ObjectId) && member.MemberType != typeof(ObjectId?)))
        {
            return document;
        }

        var newId = ObjectId.GenerateNewId();
        if (document.Contains("_id"))
        {
            document.Set("_id", newId);
        }
        else
        {
            document.InsertAt(0, "_id", newId);
        }

        member?.Setter?.Invoke(item!, newId);
        return document;
    }

    // ---- find ----

    public Task<IAsyncCursor<T>> FindAsync(BsonDocument filter, FindOptions? options = null, CancellationToken cancellationToken = default) =>
        FindCoreAsync(null, filter, options, cancellationToken);

    public Task<IAsyncCursor<T>> FindAsync(IClientSessionHandle session, BsonDocument filter, FindOptions? options = null, CancellationToken cancellationToken = default) =>
        FindCoreAsync(Session(session), filter, options, cancellationToken);

    private async Task<IAsyncCursor<T>> FindCoreAsync(ClientSessionHandle? session, BsonDocument filter, FindOptions? options, CancellationToken cancellationToken)
    {
        var command = new BsonDocument { { "find", CollectionName }, { "filter", filter } };
        AddIfSet(command, "sort", options?.Sort);
        AddIfSet(command, "projection", options?.Projection);
        AddIfSet(command, "skip", options?.Skip);
        AddIfSet(command, "limit", options?.Limit);
        AddIfSet(command, "batchSize", options?.BatchSize);
        var reply = await _executor.RunAsync(DatabaseName, command, null, session, retryableRead: true, cancellationToken).ConfigureAwait(false);
        return new AsyncCursor<T>(_executor, reply, options?.BatchSize, session, _mapper.FromDocument<T>);
    }

    // ---- update / replace ----

    public Task<UpdateResult> UpdateOneAsync(BsonDocument filter, BsonDocument update, UpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(null, WriteStatements.Update(filter, update, false, options?.IsUpsert ?? false, options?.ArrayFilters), cancellationToken);

    public Task<UpdateResult> UpdateOneAsync(IClientSessionHandle session, BsonDocument filter, BsonDocument update, UpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(Session(session), WriteStatements.Update(filter, update, false, options?.IsUpsert ?? false, options?.ArrayFilters), cancellationToken);

    public Task<UpdateResult> UpdateManyAsync(BsonDocument filter, BsonDocument update, UpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(null, WriteStatements.Update(filter, update, true, options?.IsUpsert ?? false, options?.ArrayFilters), cancellationToken);

    public Task<UpdateResult> UpdateManyAsync(IClientSessionHandle session, BsonDocument filter, BsonDocument update, UpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(Session(session), WriteStatements.Update(filter, update, true, options?.IsUpsert ?? false, options?.ArrayFilters), cancellationToken);

    public Task<UpdateResult> ReplaceOneAsync(BsonDocument filter, T replacement, UpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(null, WriteStatements.Update(filter, _mapper.ToDocument(replacement), false, options?.IsUpsert ?? false, null), cancellationToken);

    public Task<UpdateResult> ReplaceOneAsync(IClientSessionHandle session, BsonDocument filter, T replacement, UpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(Session(session), WriteStatements.Update(filter, _mapper.ToDocument(replacement), false, options?.IsUpsert ?? false, null), cancellationToken);

    private async Task<UpdateResult> UpdateAsync(ClientSessionHandle? session, BsonDocument statement, CancellationToken cancellationToken)
    {
        var batches = await WriteCommandRunner.RunAsync(_executor, DatabaseName, CollectionName, WriteCommandKind.Update, [statement], true, _writeConcern, session, cancellationToken).ConfigureAwait(false);
        ThrowIfAnyFailed(batches);
        var reply = batches[0].Reply;
        var upserted = reply.GetValueOrDefault("upserted") as BsonArray;
        var upsertedId = upserted is { Count: > 0 } ? upserted[0]["_id"] : null;
        return new UpdateResult(reply["n"].ToInt64() - (upserted?.Count ?? 0), reply.GetValueOrDefault("nModified")?.ToInt64() ?? 0, upsertedId);
    }

    // ---- delete ----

    public Task<DeleteResult> DeleteOneAsync(BsonDocument filter, CancellationToken cancellationToken = default) =>
        DeleteAsync(null, filter, false, cancellationToken);

    public Task<DeleteResult> DeleteOneAsync(IClientSessionHandle session, BsonDocument filter, CancellationToken cancellationToken = default) =>
        DeleteAsync(Session(session), filter, false, cancellationToken);

    public Task<DeleteResult> DeleteManyAsync(BsonDocument filter, CancellationToken cancellationToken = default) =>
        DeleteAsync(null, filter, true, cancellationToken);

    public Task<DeleteResult> DeleteManyAsync(IClientSessionHandle session, BsonDocument filter, CancellationToken cancellationToken = default) =>
        DeleteAsync(Session(session), filter, true, cancellationToken);

    private async Task<DeleteResult> DeleteAsync(ClientSessionHandle? session, BsonDocument filter, bool multi, CancellationToken cancellationToken)
    {
        var batches = await WriteCommandRunner.RunAsync(_executor, DatabaseName, CollectionName, WriteCommandKind.Delete, [WriteStatements.Delete(filter, multi)], true, _writeConcern, session, cancellationToken).ConfigureAwait(false);
        ThrowIfAnyFailed(batches);
        return new DeleteResult(batches[0].Reply["n"].ToInt64());
    }

    // ---- findAndModify ----

    public Task<T?> FindOneAndUpdateAsync(BsonDocument filter, BsonDocument update, FindOneAndUpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        FindOneAndUpdateCoreAsync(null, filter, update, options, cancellationToken);

    public Task<T?> FindOneAndUpdateAsync(IClientSessionHandle session, BsonDocument filter, BsonDocument update, FindOneAndUpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        FindOneAndUpdateCoreAsync(Session(session), filter, update, options, cancellationToken);

    private Task<T?> FindOneAndUpdateCoreAsync(ClientSessionHandle? session, BsonDocument filter, BsonDocument update, FindOneAndUpdateOptions? options, CancellationToken cancellationToken)
    {
        var command = new BsonDocument { { "findAndModify", CollectionName }, { "query", filter } };
        AddIfSet(command, "sort", options?.Sort);
        command.Add("update", update);
        command.Add("new", (options?.ReturnDocument ?? ReturnDocument.Before) == ReturnDocument.After);
        AddIfSet(command, "fields", options?.Projection);
        if (options?.IsUpsert == true)
        {
            command.Add("upsert", true);
        }

        if (options?.ArrayFilters is { Count: > 0 } filters)
        {
            command.Add("arrayFilters", new BsonArray(filters));
        }

        return FindAndModifyAsync(session, command, cancellationToken);
    }

    public Task<T?> FindOneAndDeleteAsync(BsonDocument filter, FindOneAndDeleteOptions? options = null, CancellationToken cancellationToken = default) =>
        FindOneAndDeleteCoreAsync(null, filter, options, cancellationToken);

    public Task<T?> FindOneAndDeleteAsync(IClientSessionHandle session, BsonDocument filter, FindOneAndDeleteOptions? options = null, CancellationToken cancellationToken = default) =>
        FindOneAndDeleteCoreAsync(Session(session), filter, options, cancellationToken);

    private Task<T?> FindOneAndDeleteCoreAsync(ClientSessionHandle? session, BsonDocument filter, FindOneAndDeleteOptions? options, CancellationToken cancellationToken)
    {
        var command = new BsonDocument { { "findAndModify", CollectionName }, { "query", filter } };
        AddIfSet(command, "sort", options?.Sort);
        command.Add("remove", true);
        AddIfSet(command, "fields", options?.Projection);
        return FindAndModifyAsync(session, command, cancellationToken);
    }

    private async Task<T?> FindAndModifyAsync(ClientSessionHandle? session, BsonDocument command, CancellationToken cancellationToken)
    {
        if (_writeConcern is not null && session?.IsInTransaction != true)
        {
            command.Add("writeConcern", _writeConcern.ToBsonDocument());
        }

        var reply = await _executor.RunAsync(DatabaseName, command, null, session, retryableRead: false, cancellationToken).ConfigureAwait(false);
        ServerErrors.ThrowIfWriteConcernFailed(reply);
        return reply.GetValueOrDefault("value") is BsonDocument value ? _mapper.FromDocument<T>(value) : default;
    }

    // ---- aggregate / count ----

    public Task<IAsyncCursor<TResult>> AggregateAsync<TResult>(IEnumerable<BsonDocument> pipeline, AggregateOptions? options = null, CancellationToken cancellationToken = default) =>
        AggregateCoreAsync<TResult>(null, pipeline, options, cancellationToken);

    public Task<IAsyncCursor<TResult>> AggregateAsync<TResult>(IClientSessionHandle session, IEnumerable<BsonDocument> pipeline, AggregateOptions? options = null, CancellationToken cancellationToken = default) =>
        AggregateCoreAsync<TResult>(Session(session), pipeline, options, cancellationToken);

    private async Task<IAsyncCursor<TResult>> AggregateCoreAsync<TResult>(ClientSessionHandle? session, IEnumerable<BsonDocument> pipeline, AggregateOptions? options, CancellationToken cancellationToken)
    {
        var stages = new BsonArray(pipeline);
        var cursor = new BsonDocument();
        AddIfSet(cursor, "batchSize", options?.BatchSize);
        var command = new BsonDocument { { "aggregate", CollectionName }, { "pipeline", stages }, { "cursor", cursor } };
        AddIfSet(command, "allowDiskUse", options?.AllowDiskUse);
        // A pipeline that writes ($out, $merge) is a write, and writes are not retried.
        var writes = stages.Any(s => s is BsonDocument d && (d.Contains("$out") || d.Contains("$merge")));
        var reply = await _executor.RunAsync(DatabaseName, command, null, session, retryableRead: !writes, cancellationToken).ConfigureAwait(false);
        return new AsyncCursor<TResult>(_executor, reply, options?.BatchSize, session, _mapper.FromDocument<TResult>);
    }

    public Task<long> CountDocumentsAsync(BsonDocument filter, CountOptions? options = null, CancellationToken cancellationToken = default) =>
        CountCoreAsync(null, filter, options, cancellationToken);

    public Task<long> CountDocumentsAsync(IClientSessionHandle session, BsonDocument filter, CountOptions? options = null, CancellationToken cancellationToken = default) =>
        CountCoreAsync(Session(session), filter, options, cancellationToken);

    /// <summary>Counts with an aggregation, as the CRUD spec prescribes: exact, and valid inside transactions (unlike the count command).</summary>
    private async Task<long> CountCoreAsync(ClientSessionHandle? session, BsonDocument filter, CountOptions? options, CancellationToken cancellationToken)
    {
        var pipeline = new List<BsonDocument> { new("$match", filter) };
        if (options?.Skip is { } skip)
        {
            pipeline.Add(new BsonDocument("$skip", skip));
        }

        if (options?.Limit is { } limit)
        {
            pipeline.Add(new BsonDocument("$limit", limit));
        }

        pipeline.Add(new BsonDocument("$group", new BsonDocument { { "_id", 1 }, { "n", new BsonDocument("$sum", 1) } }));
        var cursor = await AggregateCoreAsync<BsonDocument>(session, pipeline, null, cancellationToken).ConfigureAwait(false);
        var result = await cursor.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return result?["n"].ToInt64() ?? 0;
    }

    // ---- bulk ----

    public Task<BulkWriteResult> BulkWriteAsync(IEnumerable<WriteModel<T>> requests, BulkWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        new BulkWriteOperation<T>(this, _executor, DatabaseName, CollectionName, _writeConcern).ExecuteAsync(null, requests, options?.IsOrdered ?? true, cancellationToken);

    public Task<BulkWriteResult> BulkWriteAsync(IClientSessionHandle session, IEnumerable<WriteModel<T>> requests, BulkWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        new BulkWriteOperation<T>(this, _executor, DatabaseName, CollectionName, _writeConcern).ExecuteAsync(Session(session), requests, options?.IsOrdered ?? true, cancellationToken);

    internal BsonDocument ToReplacementDocument(T replacement) => _mapper.ToDocument(replacement);

    // ---- helpers ----

    private static void ThrowIfAnyFailed(List<WriteBatch> batches)
    {
        foreach (var batch in batches)
        {
            ServerErrors.ThrowIfFailed(batch.Reply, batch.Offset);
        }
    }

    private static ClientSessionHandle Session(IClientSessionHandle session) =>
        session as ClientSessionHandle ?? throw new ArgumentException("The session must come from this driver's StartSessionAsync.", nameof(session));

    private static void AddIfSet(BsonDocument command, string name, BsonValue? value)
    {
        if (value is not null)
        {
            command.Add(name, value);
        }
    }

    private static void AddIfSet(BsonDocument command, string name, int? value)
    {
        if (value is { } v)
        {
            command.Add(name, v);
        }
    }

    private static void AddIfSet(BsonDocument command, string name, bool? value)
    {
        if (value is { } v)
        {
            command.Add(name, v);
        }
    }
}
