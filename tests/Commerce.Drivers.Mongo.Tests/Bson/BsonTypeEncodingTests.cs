using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Bson;

/// <summary>
/// One single-element document per BSON type, as canonical_bson hex in the style of the
/// bson-corpus: document length, type byte, key "a", value, terminator. Each row was derived
/// by hand from the spec's grammar; every row checks both directions.
/// </summary>
public sealed class BsonTypeEncodingTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        // double 1.0 and -0.0 (IEEE 754 binary64 little-endian)
        { "double 1.0", "10000000 01 6100 000000000000F03F 00" },
        { "double -0.0", "10000000 01 6100 0000000000000080 00" },
        // string "héllo": length 7 = 6 UTF-8 bytes + NUL
        { "string héllo", "13000000 02 6100 07000000 68C3A96C6C6F00 00" },
        { "string empty", "0D000000 02 6100 01000000 00 00" },
        // embedded document {"b": int32 1}
        { "document", "14000000 03 6100 0C000000 10 6200 01000000 00 00" },
        // array [int32 1, string "x"]
        { "array", "1D000000 04 6100 15000000 10 3000 01000000 02 3100 02000000 7800 00 00" },
        // binary generic subtype, bytes 01 02 03
        { "binary generic", "10000000 05 6100 03000000 00 010203 00" },
        // binary subtype 4 UUID 73ffd264-44b3-4c69-90e8-e7d1dfc035d4 (bson-corpus binary.json)
        { "binary uuid", "1D000000 05 6100 10000000 04 73FFD26444B34C6990E8E7D1DFC035D4 00" },
        { "objectid", "14000000 07 6100 000102030405060708090A0B 00" },
        { "boolean true", "09000000 08 6100 01 00" },
        { "boolean false", "09000000 08 6100 00 00" },
        // 2012-12-24T12:15:30.501Z = 1356351330501 ms = 0x013BCCD6D8C5
        { "datetime", "10000000 09 6100 C5D8D6CC3B010000 00" },
        { "datetime before epoch", "10000000 09 6100 FFFFFFFFFFFFFFFF 00" },
        { "null", "08000000 0A 6100 00" },
        // regex /ab/im
        { "regex", "0E000000 0B 6100 616200 696D00 00" },
        { "int32 min", "0C000000 10 6100 00000080 00" },
        { "int32 -1", "0C000000 10 6100 FFFFFFFF 00" },
        // timestamp t=123456789 (0x075BCD15), i=42: increment is the low word, so it comes first
        { "timestamp", "10000000 11 6100 2A000000 15CD5B07 00" },
        { "int64 max", "10000000 12 6100 FFFFFFFFFFFFFF7F 00" },
        // decimal128 1.5 = 15 x 10^-1: biased exponent 6175 = 0x181F, high word 0x303E000000000000
        { "decimal128 1.5", "18000000 13 6100 0F00000000000000 0000000000003E30 00" },
    };

    private static BsonValue Expected(string name) => name switch
    {
        "double 1.0" => 1.0,
        "double -0.0" => -0.0,
        "string héllo" => "héllo",
        "string empty" => "",
        "document" => new BsonDocument("b", 1),
        "array" => new BsonArray { 1, "x" },
        "binary generic" => new BsonBinaryData([1, 2, 3]),
        "binary uuid" => Guid.Parse("73ffd264-44b3-4c69-90e8-e7d1dfc035d4"),
        "objectid" => ObjectId.Parse("000102030405060708090a0b"),
        "boolean true" => true,
        "boolean false" => false,
        "datetime" => new DateTime(2012, 12, 24, 12, 15, 30, 501, DateTimeKind.Utc),
        "datetime before epoch" => new BsonDateTime(-1),
        "null" => BsonNull.Value,
        "regex" => new BsonRegularExpression("ab", "mi"),
        "int32 min" => int.MinValue,
        "int32 -1" => -1,
        "timestamp" => new BsonTimestamp(123456789, 42),
        "int64 max" => long.MaxValue,
        "decimal128 1.5" => 1.5m,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encodes_to_spec_bytes(string name, string hex)
    {
        var document = new BsonDocument("a", Expected(name));
        Assert.Equal(Hex.Of(Hex.Bytes(hex)), Hex.Of(BsonBinaryWriter.ToBytes(document)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decodes_from_spec_bytes(string name, string hex)
    {
        var decoded = BsonBinaryReader.ReadDocument(Hex.Bytes(hex));
        Assert.Equal(Expected(name), decoded["a"]);
        Assert.Equal(Expected(name).BsonType, decoded["a"].BsonType);
    }

    [Fact]
    public void Regex_options_are_sorted_alphabetically()
    {
        Assert.Equal("ilmsux", new BsonRegularExpression("x", "xusmli").Options);
    }

    [Fact]
    public void Guid_round_trips_in_rfc4122_byte_order()
    {
        var guid = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");
        var binary = BsonBinaryData.FromGuid(guid);
        Assert.Equal("00112233445566778899AABBCCDDEEFF", Hex.Of(binary.Bytes.Span));
        Assert.Equal(guid, binary.ToGuid());
    }

    [Fact]
    public void Element_order_is_preserved()
    {
        var document = new BsonDocument { { "z", 1 }, { "a", 2 }, { "m", 3 } };
        var decoded = BsonBinaryReader.ReadDocument(BsonBinaryWriter.ToBytes(document));
        Assert.Equal(["z", "a", "m"], decoded.Names);
    }
}
