using System.Globalization;

namespace Commerce.Drivers.Bolt.Tests.Integration;

/// <summary>Every PackStream type sent as a parameter, interpreted by the server, and returned.</summary>
[Collection(Neo4jCollection.Name)]
public class TypeRoundTripTests(Neo4jServer server)
{
    private async Task<IRecord> ReturnAsync(string query, object? value)
    {
        await using var session = server.Driver.AsyncSession();
        return await (await session.RunAsync(query, new Dictionary<string, object?> { ["p"] = value })).SingleAsync();
    }

    [Fact]
    public async Task Null()
    {
        var record = await ReturnAsync("RETURN $p AS p, $p IS NULL AS isNull", null);
        Assert.Null(record["p"]);
        Assert.Equal(true, record["isNull"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Booleans(bool value)
    {
        var record = await ReturnAsync("RETURN $p AS p, NOT $p AS negated", value);
        Assert.Equal(value, record["p"]);
        Assert.Equal(!value, record["negated"]);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-16L)]
    [InlineData(-17L)]
    [InlineData(127L)]
    [InlineData(128L)]
    [InlineData(-128L)]
    [InlineData(-129L)]
    [InlineData(32767L)]
    [InlineData(32768L)]
    [InlineData(-32769L)]
    [InlineData(2147483647L)]
    [InlineData(2147483648L)]
    [InlineData(-2147483649L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public async Task Integers_of_every_width(long value)
    {
        // toString proves the server decoded the same number, not merely echoed bytes.
        var record = await ReturnAsync("RETURN $p AS p, toString($p) AS text", value);
        Assert.Equal(value, record["p"]);
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), record["text"]);
    }

    [Theory]
    [InlineData(1.23)]
    [InlineData(-0.5)]
    [InlineData(0.0)]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    [InlineData(double.PositiveInfinity)]
    public async Task Floats(double value)
    {
        var record = await ReturnAsync("RETURN $p AS p, $p * 2 AS doubled", value);
        Assert.Equal(value, record["p"]);
        Assert.Equal(value * 2, record["doubled"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    [InlineData("Größenmaßstäbe")]
    [InlineData("日本語のテキスト")]
    public async Task Strings(string value)
    {
        var record = await ReturnAsync("RETURN $p AS p, size($p) AS length", value);
        Assert.Equal(value, record["p"]);
        Assert.Equal((long)value.Length, record["length"]);
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(65535)]
    [InlineData(65536)]
    public async Task Strings_at_the_size_boundaries(int length)
    {
        var value = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + i % 26)));
        var record = await ReturnAsync("RETURN $p AS p, size($p) AS length, substring($p, size($p) - 1) AS last", value);
        Assert.Equal(value, record["p"]);
        Assert.Equal((long)length, record["length"]);
        Assert.Equal(value[^1..], record["last"]);
    }

    /// <summary>
    /// PackStream Bytes (CC/CD/CE, checked byte-exact in the unit tests) reached Neo4j in 3.2; the
    /// 3.1 server closes the connection on the unknown marker. The driver reports the lost
    /// connection and the pool replaces it.
    /// </summary>
    [Fact]
    public async Task Bytes_are_refused_by_neo4j_3_1_and_the_pool_recovers()
    {
        var value = Enumerable.Range(0, 300).Select(i => (byte)i).ToArray();
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => ReturnAsync("RETURN $p AS p", value));
        var record = await ReturnAsync("RETURN $p AS p", "still working");
        Assert.Equal("still working", record["p"]);
    }

    [Fact]
    public async Task Lists_small_large_mixed_and_nested()
    {
        var mixed = new List<object?> { 1L, 2.5, "three", true, null, new List<object?> { "nested", 4L } };
        var record = await ReturnAsync("RETURN $p AS p, size($p) AS length, $p[5][0] AS nested", mixed);
        Assert.Equal(mixed, record["p"]);
        Assert.Equal(6L, record["length"]);
        Assert.Equal("nested", record["nested"]);

        foreach (var count in new[] { 0, 15, 16, 255, 256, 70000 })
        {
            var numbers = Enumerable.Range(0, count).Select(i => (long)i).ToList();
            var result = await ReturnAsync("RETURN $p AS p, reduce(s = 0, x IN $p | s + x) AS total", numbers);
            Assert.Equal(numbers, result.Get<List<long>>("p"));
            Assert.Equal(numbers.Sum(), result["total"]);
        }
    }

    [Fact]
    public async Task Maps_small_large_and_nested()
    {
        foreach (var count in new[] { 0, 15, 16, 300 })
        {
            var map = Enumerable.Range(0, count).ToDictionary(i => $"k{i}", i => (object?)(long)i);
            var record = await ReturnAsync("RETURN $p AS p, size(keys($p)) AS size", map);
            Assert.Equal(map, record["p"]);
            Assert.Equal((long)count, record["size"]);
        }
        var nested = new Dictionary<string, object?> { ["inner"] = new Dictionary<string, object?> { ["list"] = new List<object?> { 1L, "x" } } };
        var nestedRecord = await ReturnAsync("RETURN $p AS p, $p.inner.list[1] AS deep", nested);
        Assert.Equal(nested, nestedRecord["p"]);
        Assert.Equal("x", nestedRecord["deep"]);
    }

    [Fact]
    public async Task Anonymous_objects_are_parameter_maps()
    {
        await using var session = server.Driver.AsyncSession();
        var record = await (await session.RunAsync("RETURN $name + '!' AS greeting, $n * 2 AS twice", new { name = "hi", n = 21 })).SingleAsync();
        Assert.Equal("hi!", record["greeting"]);
        Assert.Equal(42, record.Get<int>("twice"));
    }
}
