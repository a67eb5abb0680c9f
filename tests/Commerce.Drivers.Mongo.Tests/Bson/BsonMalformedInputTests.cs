using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Bson;

/// <summary>Decode errors modelled on the bson-corpus "decodeErrors" entries.</summary>
public sealed class BsonMalformedInputTests
{
    [Theory]
    [InlineData("0400000000", "length prefix smaller than 5")]
    [InlineData("0600000010610000", "length beyond the data")]
    [InlineData("0D000000 02 6100 02000000 6100 00", "length prefix larger than the content")]
    [InlineData("0D000000 02 6100 01000000 61 00", "string not NUL-terminated")]
    [InlineData("0C000000 02 6100 00000000 00", "string length zero")]
    [InlineData("09000000 08 6100 02 00", "boolean byte 2")]
    [InlineData("08000000 06 6100 00", "deprecated undefined type")]
    [InlineData("0F000000 02 6100 03000000 C328 00 00", "invalid UTF-8")]
    [InlineData("0D000000 10 6100 01000000 00 01", "trailing byte after the document")]
    [InlineData("11000000 05 6100 01000000 04 01 00 00 00", "UUID subtype with 1 byte")]
    public void Rejects(string hex, string why)
    {
        var error = Assert.Throws<BsonSerializationException>(() => BsonBinaryReader.ReadDocument(Hex.Bytes(hex)));
        Assert.False(string.IsNullOrEmpty(error.Message), why);
    }

    [Fact]
    public void Rejects_NUL_in_element_name_on_write()
    {
        Assert.Throws<BsonSerializationException>(() => BsonBinaryWriter.ToBytes(new BsonDocument("a\0b", 1)));
    }
}
