using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Bson;

/// <summary>The two worked examples printed in the BSON specification (bsonspec.org/faq).</summary>
public sealed class BsonSpecExampleTests
{
    [Fact]
    public void HelloWorld_matches_spec_bytes()
    {
        var expected = "\x16\x00\x00\x00\x02hello\x00\x06\x00\x00\x00world\x00\x00"u8.ToArray();
        var document = new BsonDocument { { "hello", "world" } };

        Assert.Equal(expected, BsonBinaryWriter.ToBytes(document));
        Assert.Equal(document, BsonBinaryReader.ReadDocument(expected));
    }

    [Fact]
    public void Awesome_array_matches_spec_bytes()
    {
        var expected = Hex.Bytes(
            "31000000 04 42534F4E00 26000000 02 3000 08000000 617765736F6D6500 01 3100 333333333333 1440 10 3200 C2070000 00 00");
        var document = new BsonDocument { { "BSON", new BsonArray { "awesome", 5.05, 1986 } } };

        Assert.Equal(expected, BsonBinaryWriter.ToBytes(document));
        Assert.Equal(document, BsonBinaryReader.ReadDocument(expected));
    }
}
