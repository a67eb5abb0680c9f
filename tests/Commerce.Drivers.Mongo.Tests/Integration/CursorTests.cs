using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Cursors;

namespace Commerce.Drivers.Mongo.Tests.Integration;

public sealed class CursorTests(MongoDatabaseFixture fixture) : IClassFixture<MongoDatabaseFixture>
{
    private async Task<IMongoCollection<BsonDocument>> NumbersAsync(int count)
    {
        var collection = fixture.Collection<BsonDocument>();
        await collection.InsertManyAsync(Enumerable.Range(0, count).Select(i => new BsonDocument { { "_id", i }, { "n", i } }));
        return collection;
    }

    [Fact]
    public async Task Find_pages_through_getMore_until_the_server_closes_the_cursor()
    {
        var collection = await NumbersAsync(25);
        using var recorder = new ActivityRecorder(fixture.DatabaseName);
        var batches = new List<int>();

        await using (var cursor = await collection.FindAsync(Filter.Empty, new FindOptions { BatchSize = 4, Sort = new BsonDocument("_id", 1) }))
        {
            var all = new List<int>();
            while (await cursor.MoveNextAsync())
            {
                batches.Add(cursor.Current.Count());
                all.AddRange(cursor.Current.Select(d => d["n"].AsInt32));
            }

            Assert.Equal(Enumerable.Range(0, 25), all);
        }

        // 25 documents in batches of 4: the find's first batch, then six getMores (4,4,4,4,4,1).
        Assert.Equal([4, 4, 4, 4, 4, 4, 1], batches);
        Assert.Equal(1, recorder.Count("find"));
        Assert.Equal(6, recorder.Count("getMore"));
        Assert.Equal(0, recorder.Count("killCursors"));
    }

    [Fact]
    public async Task Early_dispose_kills_the_server_cursor()
    {
        var collection = await NumbersAsync(20);
        using var recorder = new ActivityRecorder(fixture.DatabaseName);

        var cursor = (AsyncCursor<BsonDocument>)await collection.FindAsync(Filter.Empty, new FindOptions { BatchSize = 3 });
        Assert.True(await cursor.MoveNextAsync());
        Assert.True(await cursor.MoveNextAsync());
        var id = cursor.CursorId;
        Assert.NotEqual(0L, id);
        await cursor.DisposeAsync();

        Assert.Equal(1, recorder.Count("killCursors"));
        // The server no longer knows the cursor.
        var error = await Assert.ThrowsAsync<MongoCommandException>(() =>
            fixture.Database.RunCommandAsync(new BsonDocument { { "getMore", id }, { "collection", collection.CollectionName } }));
        Assert.Equal((43, "CursorNotFound"), (error.Code, error.CodeName));
    }

    [Fact]
    public async Task Leaving_an_async_foreach_early_kills_the_cursor()
    {
        var collection = await NumbersAsync(12);
        using var recorder = new ActivityRecorder(fixture.DatabaseName);

        var seen = 0;
        await foreach (var _ in (await collection.FindAsync(Filter.Empty, new FindOptions { BatchSize = 5 })).ToAsyncEnumerable())
        {
            if (++seen == 7)
            {
                break;
            }
        }

        Assert.Equal((1, 1, 1), (recorder.Count("find"), recorder.Count("getMore"), recorder.Count("killCursors")));
    }

    [Fact]
    public async Task Aggregate_cursor_pages_too()
    {
        var collection = await NumbersAsync(30);
        using var recorder = new ActivityRecorder(fixture.DatabaseName);

        var evens = await collection.AggregateAsync<BsonDocument>(
            [new BsonDocument("$match", new BsonDocument("n", new BsonDocument("$mod", new BsonArray { 2, 0 }))), new BsonDocument("$sort", new BsonDocument("n", 1))],
            new AggregateOptions { BatchSize = 4 }).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 15).Select(i => i * 2), evens.Select(d => d["n"].AsInt32));
        Assert.Equal(1, recorder.Count("aggregate"));
        Assert.Equal(3, recorder.Count("getMore"));
    }

    [Fact]
    public async Task Every_round_trip_is_an_activity_with_db_tags()
    {
        using var recorder = new ActivityRecorder(fixture.DatabaseName);

        await fixture.Database.RunCommandAsync(new BsonDocument("ping", 1));

        var activity = Assert.Single(recorder.Activities);
        Assert.Equal("mongodb", activity.GetTagItem("db.system"));
        Assert.Equal("ping", activity.GetTagItem("db.operation"));
        Assert.Equal(fixture.DatabaseName, activity.GetTagItem("db.name"));
        Assert.Equal(System.Diagnostics.ActivityKind.Client, activity.Kind);
    }
}
