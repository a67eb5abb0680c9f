namespace Commerce.Drivers.Bolt.Tests.Integration;

/// <summary>Messages beyond one 65,535-byte chunk, in both directions.</summary>
[Collection(Neo4jCollection.Name)]
public class LargeMessageTests(Neo4jServer server)
{
    [Fact]
    public async Task A_parameter_of_several_chunks_reaches_the_server_intact()
    {
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(i => (char)('a' + i % 26))) + "Größe";
        var big = string.Concat(Enumerable.Repeat(text, 4)); // about 200 KB, four chunks
        await using var session = server.Driver.AsyncSession();
        var record = await (await session.RunAsync("RETURN size($p) AS length, substring($p, 49998, 9) AS middle", new { p = big })).SingleAsync();
        Assert.Equal((long)big.Length, record["length"]);
        Assert.Equal(big.Substring(49998, 9), record["middle"]);
    }

    [Fact]
    public async Task A_result_of_several_chunks_reads_back_intact()
    {
        await using var session = server.Driver.AsyncSession();
        // 20,000 x "abcdefghij" built by the server: a 200,000-byte string in one RECORD.
        var record = await (await session.RunAsync("RETURN reduce(s = '', i IN range(1, 20000) | s + 'abcdefghij') AS s")).SingleAsync();
        var value = record.Get<string>("s");
        Assert.Equal(200_000, value.Length);
        Assert.Equal(string.Concat(Enumerable.Repeat("abcdefghij", 20_000)), value);
    }

    [Fact]
    public async Task A_large_list_goes_out_and_comes_back()
    {
        var numbers = Enumerable.Range(0, 100_000).Select(i => (long)i * 1_000_003).ToList(); // mostly INT_32/INT_64: ~600 KB
        await using var session = server.Driver.AsyncSession();
        var record = await (await session.RunAsync("RETURN $p AS p, size($p) AS n, $p[99999] AS last", new { p = numbers })).SingleAsync();
        Assert.Equal(100_000L, record["n"]);
        Assert.Equal(numbers[^1], record["last"]);
        Assert.Equal(numbers, record.Get<List<long>>("p"));
    }

    [Fact]
    public async Task Many_records_stream_in_one_result()
    {
        await using var session = server.Driver.AsyncSession();
        var cursor = await session.RunAsync("UNWIND range(1, 50000) AS i RETURN i, 'row-' + toString(i) AS label");
        var count = 0L;
        var sum = 0L;
        await foreach (var record in cursor)
        {
            count++;
            sum += record.Get<long>("i");
            if (count == 12345) Assert.Equal("row-12345", record["label"]);
        }
        Assert.Equal(50_000L, count);
        Assert.Equal(50_000L * 50_001 / 2, sum);
    }
}
