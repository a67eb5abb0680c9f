using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Bson;

/// <summary>Seeded random documents of every type and nesting: decoding what we encode gives the same document, and the size prefix is the real size.</summary>
public sealed class BsonRoundTripTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_documents_round_trip(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 50; i++)
        {
            var document = RandomDocument(random, depth: 0);
            var bytes = BsonBinaryWriter.ToBytes(document);

            Assert.Equal(bytes.Length, BsonSize.Of(document));
            Assert.Equal(bytes.Length, BitConverter.ToInt32(bytes, 0));
            Assert.Equal(document, BsonBinaryReader.ReadDocument(bytes));
        }
    }

    private static BsonDocument RandomDocument(Random random, int depth)
    {
        var document = new BsonDocument();
        var count = random.Next(0, 8);
        for (var i = 0; i < count; i++)
        {
            document.Add($"f{i}_{(char)random.Next('a', 'z')}é", RandomValue(random, depth));
        }

        return document;
    }

    private static BsonValue RandomValue(Random random, int depth) => random.Next(depth < 3 ? 15 : 13) switch
    {
        0 => random.NextDouble() * 1e6 - 5e5,
        1 => new string((char)random.Next(0x20, 0x3000), random.Next(0, 20)),
        2 => new BsonBinaryData(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (byte)random.Next(256)).ToArray()),
        3 => new Guid(Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)).ToArray()),
        4 => new ObjectId(Enumerable.Range(0, 12).Select(_ => (byte)random.Next(256)).ToArray()),
        5 => random.Next(2) == 0,
        6 => new BsonDateTime(random.NextInt64(-62135596800000, 253402300799999)),
        7 => BsonNull.Value,
        8 => new BsonRegularExpression("^a+[b-z]*$", "imx"),
        9 => random.Next(int.MinValue, int.MaxValue),
        10 => new BsonTimestamp((uint)random.Next(), (uint)random.Next()),
        11 => random.NextInt64(long.MinValue, long.MaxValue),
        12 => new decimal(random.Next(), random.Next(), random.Next(), random.Next(2) == 0, (byte)random.Next(29)),
        13 => RandomDocument(random, depth + 1),
        _ => new BsonArray(Enumerable.Range(0, random.Next(0, 6)).Select(_ => RandomValue(random, depth + 1))),
    };
}
