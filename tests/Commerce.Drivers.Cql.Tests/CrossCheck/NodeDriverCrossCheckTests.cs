using System.Net;
using System.Numerics;
using System.Text.Json;
using Commerce.Drivers.Cql.Tests.Integration;

namespace Commerce.Drivers.Cql.Tests.CrossCheck;

/// <summary>
/// Rows written by this driver read identically through the official Node driver (cassandra-driver
/// 4.10.0 at protocol v3), and the other way round. The expected forms are written out by hand here.
/// </summary>
public class NodeDriverCrossCheckTests : IClassFixture<CassandraFixture>, IAsyncLifetime
{
    private const string Columns = "id, t, a, i, b, bo, d, f, de, vi, u, tu, ts, bl, ip, l, s, m, tup, addr";
    private readonly CassandraFixture _fixture;

    public NodeDriverCrossCheckTests(CassandraFixture fixture) => _fixture = fixture;

    private ISession Session => _fixture.Session;

    public async Task InitializeAsync()
    {
        await Session.ExecuteAsync("CREATE TYPE IF NOT EXISTS address (street text, zip int)");
        await Session.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS crosscheck (
              id int PRIMARY KEY, t text, a ascii, i int, b bigint, bo boolean, d double, f float, de decimal,
              vi varint, u uuid, tu timeuuid, ts timestamp, bl blob, ip inet, l list<text>, s set<int>,
              m map<text, bigint>, tup frozen<tuple<int, text, double>>, addr frozen<address>)
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Rows_written_here_read_identically_through_the_node_driver()
    {
        var insert = await Session.PrepareAsync($"INSERT INTO crosscheck ({Columns}) VALUES ({string.Join(", ", Enumerable.Repeat("?", 20))})");
        await Session.ExecuteAsync(insert.Bind(
            1, "héllo ✓ 🚀", "ascii only", int.MinValue, long.MaxValue, true, 0.1, 1.25f,
            123456789.123456789m, BigInteger.Parse("-1267650600228229401496703205376"),
            Guid.Parse("00112233-4455-6677-8899-aabbccddeeff"),
            TimeUuid.NewId(DateTimeOffset.UnixEpoch, [0x12, 0x34], [0x00, 0x11, 0x22, 0x33, 0x44, 0x55]),
            new DateTimeOffset(2024, 2, 29, 23, 59, 58, 999, TimeSpan.Zero),
            new byte[] { 0x00, 0xFF, 0x10 }, IPAddress.Parse("192.168.10.20"),
            new List<string> { "b", "a", "b" }, new HashSet<int> { 7, -1, 3 },
            new Dictionary<string, long> { ["y"] = long.MinValue, ["x"] = -5 },
            Tuple.Create(7, "seven", 7.5), new Dictionary<string, object?> { ["street"] = "Main St", ["zip"] = 12345 }));
        await Session.ExecuteAsync(insert.Bind([2, .. Enumerable.Repeat<object?>(null, 19)]));

        var output = await RunNodeAsync("read", "1,2");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(3, json.RootElement.GetProperty("protocolVersion").GetInt32());
        var row = json.RootElement.GetProperty("rows")[0];
        Assert.Equal("1", row.GetProperty("id").GetString());
        Assert.Equal("héllo ✓ 🚀", row.GetProperty("t").GetString());
        Assert.Equal("ascii only", row.GetProperty("a").GetString());
        Assert.Equal("-2147483648", row.GetProperty("i").GetString());
        Assert.Equal("9223372036854775807", row.GetProperty("b").GetString());
        Assert.Equal("true", row.GetProperty("bo").GetString());
        Assert.Equal("0.1", row.GetProperty("d").GetString());
        Assert.Equal("1.25", row.GetProperty("f").GetString());
        Assert.Equal("123456789.123456789", row.GetProperty("de").GetString());
        Assert.Equal("-1267650600228229401496703205376", row.GetProperty("vi").GetString());
        Assert.Equal("00112233-4455-6677-8899-aabbccddeeff", row.GetProperty("u").GetString());
        Assert.Equal("13814000-1dd2-11b2-9234-011122334455", row.GetProperty("tu").GetString());
        Assert.Equal("2024-02-29T23:59:58.999Z", row.GetProperty("ts").GetString());
        Assert.Equal("hex:00ff10", row.GetProperty("bl").GetString());
        Assert.Equal("192.168.10.20", row.GetProperty("ip").GetString());
        Assert.Equal(["b", "a", "b"], Strings(row.GetProperty("l")));
        Assert.Equal(["-1", "3", "7"], Strings(row.GetProperty("s"))); // sets come back sorted
        Assert.Equal("-5", row.GetProperty("m").GetProperty("x").GetString());
        Assert.Equal("-9223372036854775808", row.GetProperty("m").GetProperty("y").GetString());
        Assert.Equal(["7", "seven", "7.5"], Strings(row.GetProperty("tup").GetProperty("tuple")));
        Assert.Equal("Main St", row.GetProperty("addr").GetProperty("street").GetString());
        Assert.Equal("12345", row.GetProperty("addr").GetProperty("zip").GetString());

        var nulls = json.RootElement.GetProperty("rows")[1];
        Assert.All(nulls.EnumerateObject().Where(p => p.Name != "id"), p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
    }

    [Fact]
    public async Task Rows_written_by_the_node_driver_read_back_here_as_the_values_it_sent()
    {
        await RunNodeAsync("write", "100");

        var row = (await (await Session.ExecuteAsync(new SimpleStatement($"SELECT {Columns} FROM crosscheck WHERE id = ?", 100))).ToListAsync()).Single();

        Assert.Equal("node ✓ text", row.GetValue<string>("t"));
        Assert.Equal("node ascii", row.GetValue<string>("a"));
        Assert.Equal(-42, row.GetValue<int>("i"));
        Assert.Equal(-9007199254740993L, row.GetValue<long>("b"));
        Assert.False(row.GetValue<bool>("bo"));
        Assert.Equal(6.02214076e23, row.GetValue<double>("d"));
        Assert.Equal(-0.5f, row.GetValue<float>("f"));
        Assert.Equal(-98765.4321m, row.GetValue<decimal>("de"));
        Assert.Equal(BigInteger.Parse("123456789012345678901234567890"), row.GetValue<BigInteger>("vi"));
        Assert.Equal(Guid.Parse("f47ac10b-58cc-4372-a567-0e02b2c3d479"), row.GetValue<Guid>("u"));
        var timeUuid = row.GetValue<TimeUuid>("tu");
        Assert.Equal(Guid.Parse("50554d6e-29bb-11e5-b345-feff819cdc9f"), (Guid)timeUuid);
        // time_hi 1e5, time_mid 29bb, time_low 50554d6e: 0x1e529bb50554d6e 100-ns ticks after 1582-10-15,
        // less the 0x01B21DD213814000 up to 1970, is 2015-07-14T00:00:18.8058990Z.
        Assert.Equal(new DateTimeOffset(2015, 7, 14, 0, 0, 18, TimeSpan.Zero).AddTicks(8058990), timeUuid.GetDate());
        Assert.Equal(new DateTimeOffset(2021, 12, 31, 23, 59, 59, 123, TimeSpan.Zero), row.GetValue<DateTimeOffset>("ts"));
        Assert.Equal(new byte[] { 0xCA, 0xFE, 0xBA, 0xBE }, row.GetValue<byte[]>("bl"));
        Assert.Equal(IPAddress.Parse("2001:db8::1"), row.GetValue<IPAddress>("ip"));
        Assert.Equal(["x", "y"], row.GetValue<List<string>>("l"));
        Assert.Equal([1, 5], row.GetValue<SortedSet<int>>("s"));
        Assert.Equal(new Dictionary<string, long> { ["k1"] = 1, ["k2"] = -2 }, row.GetValue<Dictionary<string, long>>("m"));
        Assert.Equal((1, "one", 1.5), row.GetValue<(int, string, double)>("tup"));
        Assert.Equal(new Dictionary<string, object?> { ["street"] = "Node Rd", ["zip"] = 99999 }, row.GetValue<Dictionary<string, object?>>("addr"));
    }

    private async Task<string> RunNodeAsync(string mode, string ids)
    {
        var parsed = CassandraConnectionString.Parse(CassandraFixture.ConnectionString);
        var dataCenter = (await (await Session.ExecuteAsync("SELECT data_center FROM system.local")).ToListAsync()).Single().GetValue<string>(0);
        return await NodeRunner.RunAsync("crosscheck.js", mode, parsed.ContactPoints[0], (parsed.Port ?? 9042).ToString(System.Globalization.CultureInfo.InvariantCulture),
            dataCenter, _fixture.Keyspace, ids);
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
