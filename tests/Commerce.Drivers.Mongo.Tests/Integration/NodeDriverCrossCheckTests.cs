using System.Text.Json.Nodes;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Integration;

/// <summary>
/// Our BSON against the official Node driver's, through a real server, both ways, for every BSON
/// type this driver supports. The expected values are written out here by hand, independently
/// of both encoders.
/// </summary>
public sealed class NodeDriverCrossCheckTests(MongoDatabaseFixture fixture) : IClassFixture<MongoDatabaseFixture>
{
    private static BsonDocument Corpus(ObjectId id) => new()
    {
        { "_id", id },
        { "double", 1.5 },
        { "doubleNegativeZero", -0.0 },
        { "string", "héllo wörld" },
        { "document", new BsonDocument("a", 1) },
        { "array", new BsonArray { 1, "two", 3.25 } },
        { "binary", new BsonBinaryData([1, 2, 3]) },
        { "uuid", Guid.Parse("73ffd264-44b3-4c69-90e8-e7d1dfc035d4") },
        { "objectId", ObjectId.Parse("000102030405060708090a0b") },
        { "boolean", true },
        { "date", new DateTime(2024, 3, 1, 10, 30, 0, 250, DateTimeKind.Utc) },
        { "null", BsonNull.Value },
        { "regex", new BsonRegularExpression("^ab.*c$", "mi") },
        { "int32", -42 },
        { "timestamp", new BsonTimestamp(123456789, 42) },
        { "int64", 9007199254740993L },
        { "decimal", 12.50m },
        { "decimalMax", decimal.MaxValue },
        { "decimalNegativeZero", new decimal(0, 0, 0, isNegative: true, scale: 0) },
        { "decimalSmall", 0.0000000000000000000000000001m },
    };

    // Canonical Extended JSON v2 of Corpus(), per the Extended JSON specification.
    private static string CorpusExtendedJson(ObjectId id) =>
        "{\"_id\":{\"$oid\":\"" + id + "\"}," +
        "\"double\":{\"$numberDouble\":\"1.5\"}," +
        "\"doubleNegativeZero\":{\"$numberDouble\":\"-0.0\"}," +
        "\"string\":\"héllo wörld\"," +
        "\"document\":{\"a\":{\"$numberInt\":\"1\"}}," +
        "\"array\":[{\"$numberInt\":\"1\"},\"two\",{\"$numberDouble\":\"3.25\"}]," +
        "\"binary\":{\"$binary\":{\"base64\":\"AQID\",\"subType\":\"00\"}}," +
        "\"uuid\":{\"$binary\":{\"base64\":\"c//SZESzTGmQ6OfR38A11A==\",\"subType\":\"04\"}}," +
        "\"objectId\":{\"$oid\":\"000102030405060708090a0b\"}," +
        "\"boolean\":true," +
        "\"date\":{\"$date\":{\"$numberLong\":\"1709289000250\"}}," +
        "\"null\":null," +
        "\"regex\":{\"$regularExpression\":{\"pattern\":\"^ab.*c$\",\"options\":\"im\"}}," +
        "\"int32\":{\"$numberInt\":\"-42\"}," +
        "\"timestamp\":{\"$timestamp\":{\"t\":123456789,\"i\":42}}," +
        "\"int64\":{\"$numberLong\":\"9007199254740993\"}," +
        "\"decimal\":{\"$numberDecimal\":\"12.50\"}," +
        "\"decimalMax\":{\"$numberDecimal\":\"79228162514264337593543950335\"}," +
        "\"decimalNegativeZero\":{\"$numberDecimal\":\"-0\"}," +
        "\"decimalSmall\":{\"$numberDecimal\":\"1E-28\"}}";

    /// <summary>Same text for the same JSON (escaping normalised), while element order still counts.</summary>
    private static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString();

    [Fact]
    public async Task Written_by_us_read_by_the_Node_driver()
    {
        var collection = fixture.Collection<BsonDocument>();
        var id = ObjectId.GenerateNewId();
        await collection.InsertOneAsync(Corpus(id));

        var json = await NodeScript.RunAsync("crosscheck.js", "read", MongoServer.ConnectionString, fixture.DatabaseName, collection.CollectionName, id.ToString());

        Assert.Equal(Normalize(CorpusExtendedJson(id)), Normalize(json));
    }

    [Fact]
    public async Task Written_by_the_Node_driver_read_by_us()
    {
        var collection = fixture.Collection<BsonDocument>();
        var id = ObjectId.GenerateNewId();

        await NodeScript.RunAsync("crosscheck.js", "write", MongoServer.ConnectionString, fixture.DatabaseName, collection.CollectionName, id.ToString());
        var document = await collection.FindAsync(Filter.Eq("_id", id)).FirstOrDefaultAsync();

        Assert.NotNull(document);
        var expected = Corpus(id);
        Assert.Equal(expected.Names, document.Names);
        foreach (var element in expected)
        {
            Assert.True(element.Value.Equals(document[element.Name]), $"{element.Name}: expected {element.Value} ({element.Value.BsonType}), got {document[element.Name]} ({document[element.Name].BsonType})");
        }
    }

    public sealed record CorpusView(
        ObjectId Id, double Double, string String, byte[] Binary, Guid Uuid, ObjectId ObjectId, bool Boolean,
        DateTime Date, string? Null, int Int32, long Int64, decimal Decimal, decimal DecimalMax, decimal DecimalSmall);

    [Fact]
    public async Task Node_written_values_map_to_the_expected_CSharp_values()
    {
        var id = ObjectId.GenerateNewId();
        var name = "typed_" + Guid.NewGuid().ToString("N")[..6];
        await NodeScript.RunAsync("crosscheck.js", "write", MongoServer.ConnectionString, fixture.DatabaseName, name, id.ToString());

        var view = await fixture.Database.GetCollection<CorpusView>(name).FindAsync(Filter.Eq("_id", id)).FirstOrDefaultAsync();

        Assert.NotNull(view);
        Assert.Equal(1.5, view.Double);
        Assert.Equal("héllo wörld", view.String);
        Assert.Equal([1, 2, 3], view.Binary);
        Assert.Equal(Guid.Parse("73ffd264-44b3-4c69-90e8-e7d1dfc035d4"), view.Uuid);
        Assert.Equal(ObjectId.Parse("000102030405060708090a0b"), view.ObjectId);
        Assert.True(view.Boolean);
        Assert.Equal(new DateTime(2024, 3, 1, 10, 30, 0, 250, DateTimeKind.Utc), view.Date);
        Assert.Null(view.Null);
        Assert.Equal(-42, view.Int32);
        Assert.Equal(9007199254740993L, view.Int64);
        Assert.Equal(12.50m, view.Decimal);
        Assert.Equal(2, view.Decimal.Scale);
        Assert.Equal(decimal.MaxValue, view.DecimalMax);
        Assert.Equal(0.0000000000000000000000000001m, view.DecimalSmall);
    }
}
