using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Tests.Mapping;

namespace Commerce.Drivers.Mongo.Tests.Integration;

public sealed record StockItem(ObjectId Id, string Sku, string Name, decimal Price, int Qty, List<string> Tags, ProductStatus Status);

public sealed class CrudTests(MongoDatabaseFixture fixture) : IClassFixture<MongoDatabaseFixture>
{
    private static List<StockItem> Items() =>
    [
        new(ObjectId.Empty, "A-1", "Apple", 1.10m, 10, ["fruit", "red"], ProductStatus.Active),
        new(ObjectId.Empty, "B-2", "Banana", 0.25m, 0, ["fruit"], ProductStatus.Draft),
        new(ObjectId.Empty, "C-3", "Carrot", 0.40m, 5, ["vegetable"], ProductStatus.Active),
        new(ObjectId.Empty, "D-4", "Dates", 7.99m, 2, ["fruit", "dried"], ProductStatus.Retired),
    ];

    private async Task<IMongoCollection<StockItem>> SeededAsync()
    {
        var collection = fixture.Collection<StockItem>();
        await collection.InsertManyAsync(Items());
        return collection;
    }

    [Fact]
    public async Task InsertOne_assigns_an_ObjectId_and_find_maps_back()
    {
        var collection = fixture.Collection<StockItem>();
        var item = new StockItem(ObjectId.Empty, "X-9", "Xigua", 12.345m, 3, ["melon"], ProductStatus.Active);

        await collection.InsertOneAsync(item);

        Assert.NotEqual(ObjectId.Empty, item.Id);
        var found = await collection.FindAsync(Filter.Eq("_id", item.Id)).FirstOrDefaultAsync();
        Assert.NotNull(found);
        Assert.Equal((item.Sku, item.Name, 12.345m, 3, ProductStatus.Active), (found.Sku, found.Name, found.Price, found.Qty, found.Status));
        Assert.Equal(["melon"], found.Tags);

        // The stored shape, read raw: camelCase names, decimal128 price, enum as its name.
        var raw = await fixture.Database.GetCollection<BsonDocument>(collection.CollectionName).FindAsync(Filter.Eq("_id", item.Id)).FirstOrDefaultAsync();
        Assert.Equal(["_id", "sku", "name", "price", "qty", "tags", "status"], raw!.Names);
        Assert.Equal(BsonType.Decimal128, raw["price"].BsonType);
        Assert.Equal("Active", raw["status"].AsString);
    }

    [Fact]
    public async Task Find_with_filter_sort_projection_skip_limit()
    {
        var collection = await SeededAsync();
        var raw = fixture.Database.GetCollection<BsonDocument>(collection.CollectionName);

        var results = await raw.FindAsync(
            Filter.Eq("tags", "fruit"),
            new FindOptions { Sort = new BsonDocument("price", -1), Projection = new BsonDocument { { "_id", 0 }, { "sku", 1 } }, Skip = 1, Limit = 2 }).ToListAsync();

        Assert.Equal([new BsonDocument("sku", "A-1"), new BsonDocument("sku", "B-2")], results);
    }

    [Fact]
    public async Task Filter_builder_operators_run_on_the_server()
    {
        var collection = await SeededAsync();

        async Task<string[]> Skus(BsonDocument filter) =>
            (await collection.FindAsync(filter, new FindOptions { Sort = new BsonDocument("sku", 1) }).ToListAsync()).Select(i => i.Sku).ToArray();

        Assert.Equal(["A-1", "C-3"], await Skus(Filter.In("sku", ["A-1", "C-3", "Z-0"])));
        Assert.Equal(["A-1", "D-4"], await Skus(Filter.Gt("price", 1m)));
        Assert.Equal(["A-1", "C-3", "D-4"], await Skus(Filter.Gte("qty", 2)));
        Assert.Equal(["B-2"], await Skus(Filter.Lt("qty", 2)));
        Assert.Equal(["B-2", "D-4"], await Skus(Filter.Lte("qty", 2)));
        Assert.Equal(["A-1"], await Skus(Filter.And(Filter.Eq("status", "Active"), Filter.Eq("tags", "red"))));
        Assert.Equal(["B-2", "D-4"], await Skus(Filter.Or(Filter.Eq("status", "Draft"), Filter.Eq("status", "Retired"))));
        Assert.Equal(["B-2", "C-3"], await Skus(Filter.Regex("name", "^(ba|CA)", "i")));
        // A value that looks like an operator is data, not query syntax.
        Assert.Empty(await Skus(Filter.Eq("sku", "{\"$ne\": null}")));
    }

    [Fact]
    public async Task Update_operators_set_inc_push_pull()
    {
        var collection = await SeededAsync();

        var result = await collection.UpdateOneAsync(Filter.Eq("sku", "A-1"), new BsonDocument
        {
            { "$set", new BsonDocument("name", "Apple (Gala)") },
            { "$inc", new BsonDocument("qty", -3) },
            { "$push", new BsonDocument("tags", "sale") },
        });
        Assert.Equal((1L, 1L, (BsonValue?)null), (result.MatchedCount, result.ModifiedCount, result.UpsertedId));

        await collection.UpdateOneAsync(Filter.Eq("sku", "A-1"), new BsonDocument("$pull", new BsonDocument("tags", "red")));

        var apple = await collection.FindAsync(Filter.Eq("sku", "A-1")).FirstOrDefaultAsync();
        Assert.Equal(("Apple (Gala)", 7), (apple!.Name, apple.Qty));
        Assert.Equal(["fruit", "sale"], apple.Tags);
    }

    [Fact]
    public async Task UpdateMany_counts_matched_and_modified()
    {
        var collection = await SeededAsync();
        var result = await collection.UpdateManyAsync(Filter.Eq("tags", "fruit"), new BsonDocument("$set", new BsonDocument("qty", 10)));
        // Apple already had qty 10: matched but not modified.
        Assert.Equal((3L, 2L), (result.MatchedCount, result.ModifiedCount));
    }

    [Fact]
    public async Task Array_filters_update_matching_elements_only()
    {
        var collection = fixture.Collection<BsonDocument>();
        await collection.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "scores", new BsonArray { 50, 95, 70, 100 } } });

        await collection.UpdateOneAsync(
            Filter.Eq("_id", 1),
            new BsonDocument("$set", new BsonDocument("scores.$[high]", 90)),
            new UpdateOptions { ArrayFilters = [new BsonDocument("high", new BsonDocument("$gt", 90))] });

        var document = await collection.FindAsync(Filter.Eq("_id", 1)).FirstOrDefaultAsync();
        Assert.Equal(new BsonArray { 50, 90, 70, 90 }, document!["scores"]);
    }

    [Fact]
    public async Task Upsert_reports_the_new_id()
    {
        var collection = fixture.Collection<BsonDocument>();
        var result = await collection.UpdateOneAsync(Filter.Eq("sku", "NEW"), new BsonDocument("$set", new BsonDocument("qty", 1)), new UpdateOptions { IsUpsert = true });

        Assert.Equal((0L, 0L), (result.MatchedCount, result.ModifiedCount));
        Assert.NotNull(result.UpsertedId);
        var stored = await collection.FindAsync(Filter.Eq("_id", result.UpsertedId)).FirstOrDefaultAsync();
        Assert.Equal("NEW", stored!["sku"].AsString);
    }

    [Fact]
    public async Task ReplaceOne_swaps_the_whole_document()
    {
        var collection = await SeededAsync();
        var carrot = await collection.FindAsync(Filter.Eq("sku", "C-3")).FirstOrDefaultAsync();

        var result = await collection.ReplaceOneAsync(Filter.Eq("_id", carrot!.Id), carrot with { Name = "Carrot (bunch)", Tags = [] });

        Assert.Equal(1L, result.ModifiedCount);
        var replaced = await collection.FindAsync(Filter.Eq("_id", carrot.Id)).FirstOrDefaultAsync();
        Assert.Equal("Carrot (bunch)", replaced!.Name);
        Assert.Empty(replaced.Tags);
    }

    [Fact]
    public async Task DeleteOne_and_DeleteMany()
    {
        var collection = await SeededAsync();

        Assert.Equal(1L, (await collection.DeleteOneAsync(Filter.Eq("tags", "fruit"))).DeletedCount);
        Assert.Equal(2L, (await collection.DeleteManyAsync(Filter.Eq("tags", "fruit"))).DeletedCount);
        Assert.Equal(0L, (await collection.DeleteManyAsync(Filter.Eq("tags", "fruit"))).DeletedCount);
        Assert.Equal(1L, await collection.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task FindOneAndUpdate_returns_before_or_after()
    {
        var collection = await SeededAsync();

        var before = await collection.FindOneAndUpdateAsync(Filter.Eq("sku", "D-4"), new BsonDocument("$inc", new BsonDocument("qty", 1)));
        var after = await collection.FindOneAndUpdateAsync(Filter.Eq("sku", "D-4"), new BsonDocument("$inc", new BsonDocument("qty", 1)),
            new FindOneAndUpdateOptions { ReturnDocument = ReturnDocument.After });
        var missing = await collection.FindOneAndUpdateAsync(Filter.Eq("sku", "nope"), new BsonDocument("$inc", new BsonDocument("qty", 1)));
        var upserted = await collection.FindOneAndUpdateAsync(Filter.Eq("sku", "E-5"), new BsonDocument("$set", new BsonDocument { { "name", "Endive" }, { "price", 2m }, { "qty", 1 }, { "tags", new BsonArray() }, { "status", "Draft" } }),
            new FindOneAndUpdateOptions { IsUpsert = true, ReturnDocument = ReturnDocument.After });

        Assert.Equal(2, before!.Qty);
        Assert.Equal(4, after!.Qty);
        Assert.Null(missing);
        Assert.Equal("Endive", upserted!.Name);
    }

    [Fact]
    public async Task FindOneAndDelete_takes_the_first_by_sort()
    {
        var collection = await SeededAsync();

        var cheapest = await collection.FindOneAndDeleteAsync(Filter.Empty, new FindOneAndDeleteOptions { Sort = new BsonDocument("price", 1) });

        Assert.Equal("B-2", cheapest!.Sku);
        Assert.Equal(3L, await collection.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task CountDocuments_with_skip_and_limit()
    {
        var collection = await SeededAsync();
        Assert.Equal(3L, await collection.CountDocumentsAsync(Filter.Eq("tags", "fruit")));
        Assert.Equal(2L, await collection.CountDocumentsAsync(Filter.Eq("tags", "fruit"), new CountOptions { Skip = 1 }));
        Assert.Equal(1L, await collection.CountDocumentsAsync(Filter.Eq("tags", "fruit"), new CountOptions { Skip = 1, Limit = 1 }));
        Assert.Equal(0L, await collection.CountDocumentsAsync(Filter.Eq("tags", "none")));
    }

    [Fact]
    public async Task Aggregate_groups_on_the_server()
    {
        var collection = await SeededAsync();

        var groups = await collection.AggregateAsync<BsonDocument>(
        [
            new BsonDocument("$unwind", "$tags"),
            new BsonDocument("$group", new BsonDocument { { "_id", "$tags" }, { "qty", new BsonDocument("$sum", "$qty") } }),
            new BsonDocument("$sort", new BsonDocument("_id", 1)),
        ]).ToListAsync();

        Assert.Equal(
        [
            new BsonDocument { { "_id", "dried" }, { "qty", 2 } },
            new BsonDocument { { "_id", "fruit" }, { "qty", 12 } },
            new BsonDocument { { "_id", "red" }, { "qty", 10 } },
            new BsonDocument { { "_id", "vegetable" }, { "qty", 5 } },
        ], groups);
    }

    [Fact]
    public async Task Text_index_and_text_filter()
    {
        var collection = await SeededAsync();
        var name = await collection.Indexes.CreateOneAsync(new CreateIndexModel<StockItem>(new BsonDocument("name", "text")));

        var found = await collection.FindAsync(Filter.Text("dates")).ToListAsync();

        Assert.Equal("name_text", name);
        Assert.Equal("D-4", Assert.Single(found).Sku);
    }

    [Fact]
    public async Task Unknown_command_is_a_typed_command_error()
    {
        var error = await Assert.ThrowsAsync<MongoCommandException>(() => fixture.Database.RunCommandAsync(new BsonDocument("frobnicate", 1)));
        Assert.Equal((59, "CommandNotFound"), (error.Code, error.CodeName));
    }
}
