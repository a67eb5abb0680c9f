using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Integration;

public sealed class TransactionTests(MongoDatabaseFixture fixture) : IClassFixture<MongoDatabaseFixture>
{
    // Collections are created up front: creating one inside a transaction is allowed on 7.0, but
    // the tests are about visibility, not DDL.
    private async Task<IMongoCollection<BsonDocument>> CreatedAsync()
    {
        var collection = fixture.Collection<BsonDocument>();
        await fixture.Database.CreateCollectionAsync(collection.CollectionName);
        return collection;
    }

    [Fact]
    public async Task Committed_writes_appear_only_at_commit()
    {
        var orders = await CreatedAsync();
        var stock = await CreatedAsync();
        await stock.InsertOneAsync(new BsonDocument { { "_id", "sku-1" }, { "qty", 5 } });

        await using var session = await fixture.Client.StartSessionAsync();
        session.StartTransaction();
        await orders.InsertOneAsync(session, new BsonDocument { { "_id", 1 }, { "sku", "sku-1" } });
        await stock.UpdateOneAsync(session, Filter.Eq("_id", "sku-1"), new BsonDocument("$inc", new BsonDocument("qty", -1)));

        // Inside the transaction the writes are visible; outside they are not yet.
        Assert.Equal(1L, await orders.CountDocumentsAsync(session, Filter.Empty));
        Assert.Equal(0L, await orders.CountDocumentsAsync(Filter.Empty));
        Assert.Equal(5, (await stock.FindAsync(Filter.Eq("_id", "sku-1")).FirstOrDefaultAsync())!["qty"].AsInt32);

        await session.CommitTransactionAsync();

        Assert.False(session.IsInTransaction);
        Assert.Equal(1L, await orders.CountDocumentsAsync(Filter.Empty));
        Assert.Equal(4, (await stock.FindAsync(Filter.Eq("_id", "sku-1")).FirstOrDefaultAsync())!["qty"].AsInt32);
    }

    [Fact]
    public async Task Aborted_writes_are_never_visible()
    {
        var orders = await CreatedAsync();
        await using var session = await fixture.Client.StartSessionAsync();

        session.StartTransaction();
        await orders.InsertManyAsync(session, [new BsonDocument("_id", 1), new BsonDocument("_id", 2)]);
        await orders.DeleteOneAsync(session, Filter.Eq("_id", 1));
        await session.AbortTransactionAsync();

        Assert.Equal(0L, await orders.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task A_session_runs_consecutive_transactions_with_new_txnNumbers()
    {
        var orders = await CreatedAsync();
        await using var session = await fixture.Client.StartSessionAsync();

        session.StartTransaction();
        await orders.InsertOneAsync(session, new BsonDocument("_id", 1));
        await session.AbortTransactionAsync();

        session.StartTransaction();
        await orders.InsertOneAsync(session, new BsonDocument("_id", 2));
        await session.CommitTransactionAsync();

        var ids = (await orders.FindAsync(Filter.Empty).ToListAsync()).Select(d => d["_id"].AsInt32);
        Assert.Equal([2], ids);
    }

    [Fact]
    public async Task Disposing_a_session_mid_transaction_aborts_it()
    {
        var orders = await CreatedAsync();
        var session = await fixture.Client.StartSessionAsync();
        session.StartTransaction();
        await orders.InsertOneAsync(session, new BsonDocument("_id", 1));

        await session.DisposeAsync();

        Assert.Equal(0L, await orders.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task Write_conflict_with_another_transaction_is_a_transient_error()
    {
        var stock = await CreatedAsync();
        await stock.InsertOneAsync(new BsonDocument { { "_id", "sku" }, { "qty", 1 } });
        await using var first = await fixture.Client.StartSessionAsync();
        await using var second = await fixture.Client.StartSessionAsync();
        first.StartTransaction();
        second.StartTransaction();

        await stock.UpdateOneAsync(first, Filter.Eq("_id", "sku"), new BsonDocument("$inc", new BsonDocument("qty", -1)));
        var conflict = await Assert.ThrowsAsync<MongoCommandException>(() =>
            stock.UpdateOneAsync(second, Filter.Eq("_id", "sku"), new BsonDocument("$inc", new BsonDocument("qty", -1))));
        await first.CommitTransactionAsync();

        Assert.Equal((112, "WriteConflict"), (conflict.Code, conflict.CodeName));
        Assert.True(conflict.HasErrorLabel("TransientTransactionError"));
        Assert.Equal(0, (await stock.FindAsync(Filter.Eq("_id", "sku")).FirstOrDefaultAsync())!["qty"].AsInt32);
    }

    [Fact]
    public async Task Commit_without_start_is_refused_client_side()
    {
        await using var session = await fixture.Client.StartSessionAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.CommitTransactionAsync());
    }
}
