using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Integration;

public sealed class IndexAndWriteErrorTests(MongoDatabaseFixture fixture) : IClassFixture<MongoDatabaseFixture>
{
    private async Task<IMongoCollection<BsonDocument>> WithUniqueSkuAsync()
    {
        var collection = fixture.Collection<BsonDocument>();
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("sku", 1), new CreateIndexOptions { Unique = true }));
        return collection;
    }

    [Fact]
    public async Task Unique_compound_and_text_indexes_are_created_with_server_names()
    {
        var collection = fixture.Collection<BsonDocument>();
        var names = await collection.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(new BsonDocument("sku", 1), new CreateIndexOptions { Unique = true }),
            new CreateIndexModel<BsonDocument>(new BsonDocument { { "category", 1 }, { "price", -1 } }),
            new CreateIndexModel<BsonDocument>(new BsonDocument { { "name", "text" }, { "description", "text" } }, new CreateIndexOptions { Weights = new BsonDocument("name", 10) }),
        ]);

        var listed = await (await collection.Indexes.ListAsync()).ToListAsync();

        Assert.Equal(["sku_1", "category_1_price_-1", "name_text_description_text"], names);
        Assert.Equal(["_id_", "sku_1", "category_1_price_-1", "name_text_description_text"], listed.Select(i => i["name"].AsString));
        Assert.True(listed.Single(i => i["name"].AsString == "sku_1")["unique"].AsBoolean);
        Assert.Equal(new BsonDocument { { "category", 1 }, { "price", -1 } }, listed.Single(i => i["name"].AsString == "category_1_price_-1")["key"]);
        Assert.Equal(10, listed.Single(i => i["name"].AsString == "name_text_description_text")["weights"]["name"].AsInt32);
    }

    [Fact]
    public async Task Duplicate_insert_is_a_typed_error_with_code_11000_and_the_key()
    {
        var collection = await WithUniqueSkuAsync();
        await collection.InsertOneAsync(new BsonDocument("sku", "A-1"));

        var error = await Assert.ThrowsAsync<MongoDuplicateKeyException>(() => collection.InsertOneAsync(new BsonDocument("sku", "A-1")));

        Assert.Equal(11000, error.Code);
        Assert.Equal(new BsonDocument("sku", "A-1"), error.KeyValue);
        Assert.Equal(new BsonDocument("sku", 1), error.KeyPattern);
    }

    [Fact]
    public async Task Duplicate_from_update_and_findAndModify_is_typed_too()
    {
        var collection = await WithUniqueSkuAsync();
        await collection.InsertManyAsync([new BsonDocument("sku", "A"), new BsonDocument("sku", "B")]);

        var update = await Assert.ThrowsAsync<MongoDuplicateKeyException>(() =>
            collection.UpdateOneAsync(Filter.Eq("sku", "B"), new BsonDocument("$set", new BsonDocument("sku", "A"))));
        var findAndModify = await Assert.ThrowsAsync<MongoDuplicateKeyException>(() =>
            collection.FindOneAndUpdateAsync(Filter.Eq("sku", "B"), new BsonDocument("$set", new BsonDocument("sku", "A"))));

        Assert.Equal(11000, update.Code);
        Assert.Equal(11000, findAndModify.Code);
        Assert.Equal(new BsonDocument("sku", "A"), findAndModify.KeyValue);
    }

    [Fact]
    public async Task Unordered_InsertMany_reports_every_duplicate_and_inserts_the_rest()
    {
        var collection = await WithUniqueSkuAsync();
        await collection.InsertOneAsync(new BsonDocument("sku", "A"));

        var error = await Assert.ThrowsAsync<MongoDuplicateKeyException>(() => collection.InsertManyAsync(
            [new BsonDocument("sku", "A"), new BsonDocument("sku", "B"), new BsonDocument("sku", "B"), new BsonDocument("sku", "C")],
            new InsertManyOptions { IsOrdered = false }));

        Assert.Equal([0, 2], error.WriteErrors.Select(e => e.Index));
        Assert.All(error.WriteErrors, e => Assert.Equal(11000, e.Code));
        Assert.Equal(3L, await collection.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task Unsatisfiable_write_concern_is_a_write_concern_error()
    {
        var collection = fixture.Collection<BsonDocument>().WithWriteConcern(new WriteConcern(5));

        var error = await Assert.ThrowsAsync<MongoWriteConcernException>(() => collection.InsertOneAsync(new BsonDocument("x", 1)));

        // A one-member replica set cannot have five acknowledgements: UnsatisfiableWriteConcern.
        Assert.Equal(100, error.Code);
        Assert.Equal("UnsatisfiableWriteConcern", error.CodeName);
    }

    [Fact]
    public async Task BulkWrite_mixes_models_and_reports_counts()
    {
        var collection = fixture.Collection<BsonDocument>();
        await collection.InsertManyAsync([new BsonDocument { { "_id", 1 }, { "q", 1 } }, new BsonDocument { { "_id", 2 }, { "q", 2 } }]);

        var result = await collection.BulkWriteAsync(
        [
            new InsertOneModel<BsonDocument>(new BsonDocument { { "_id", 3 }, { "q", 3 } }),
            new InsertOneModel<BsonDocument>(new BsonDocument { { "_id", 4 }, { "q", 4 } }),
            new UpdateOneModel<BsonDocument>(Filter.Eq("_id", 1), new BsonDocument("$inc", new BsonDocument("q", 10))),
            new UpdateManyModel<BsonDocument>(Filter.Gte("_id", 3), new BsonDocument("$set", new BsonDocument("big", true))),
            new UpdateOneModel<BsonDocument>(Filter.Eq("_id", 9), new BsonDocument("$set", new BsonDocument("q", 9))) { IsUpsert = true },
            new ReplaceOneModel<BsonDocument>(Filter.Eq("_id", 2), new BsonDocument("q", 20)),
            new DeleteOneModel<BsonDocument>(Filter.Eq("_id", 4)),
            new DeleteManyModel<BsonDocument>(Filter.Eq("big", true)),
        ]);

        Assert.Equal((2L, 4L, 4L, 2L), (result.InsertedCount, result.MatchedCount, result.ModifiedCount, result.DeletedCount));
        var upsert = Assert.Single(result.Upserts);
        Assert.Equal((4, (BsonValue)9), (upsert.Index, upsert.Id));
        var remaining = await collection.FindAsync(Filter.Empty, new FindOptions { Sort = new BsonDocument("_id", 1) }).ToListAsync();
        Assert.Equal(
            [new BsonDocument { { "_id", 1 }, { "q", 11 } }, new BsonDocument { { "_id", 2 }, { "q", 20 } }, new BsonDocument { { "_id", 9 }, { "q", 9 } }],
            remaining);
    }

    [Fact]
    public async Task Ordered_bulk_stops_at_a_duplicate_unordered_goes_on()
    {
        var ordered = await WithUniqueSkuAsync();
        var unordered = await WithUniqueSkuAsync();
        WriteModel<BsonDocument>[] models =
        [
            new InsertOneModel<BsonDocument>(new BsonDocument("sku", "A")),
            new InsertOneModel<BsonDocument>(new BsonDocument("sku", "A")),
            new InsertOneModel<BsonDocument>(new BsonDocument("sku", "B")),
        ];

        var orderedError = await Assert.ThrowsAsync<MongoBulkWriteException>(() => ordered.BulkWriteAsync(models.Select(Fresh)));
        var unorderedError = await Assert.ThrowsAsync<MongoBulkWriteException>(() => unordered.BulkWriteAsync(models.Select(Fresh), new BulkWriteOptions { IsOrdered = false }));

        Assert.Equal((1, 11000), (Assert.Single(orderedError.WriteErrors).Index, orderedError.Code));
        Assert.Equal(1L, orderedError.PartialResult.InsertedCount);
        Assert.Equal(1L, await ordered.CountDocumentsAsync(Filter.Empty));
        Assert.Equal(1, Assert.Single(unorderedError.WriteErrors).Index);
        Assert.Equal(2L, unorderedError.PartialResult.InsertedCount);
        Assert.Equal(2L, await unordered.CountDocumentsAsync(Filter.Empty));

        // Insert models get their _id assigned client-side, so each run needs its own documents.
        static WriteModel<BsonDocument> Fresh(WriteModel<BsonDocument> m) => m is InsertOneModel<BsonDocument> i ? new InsertOneModel<BsonDocument>(i.Document.DeepClone()) : m;
    }
}
