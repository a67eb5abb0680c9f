using System.Net;
using System.Numerics;

namespace Commerce.Drivers.Cql.Tests.Integration;

/// <summary>Every CQL type Cassandra 2.1 has, written with prepared statements and read back.</summary>
public class TypeRoundTripTests : IClassFixture<CassandraFixture>, IAsyncLifetime
{
    private const string Columns = "id, t, a, i, b, bo, d, f, de, vi, u, tu, ts, bl, ip, l, s, m, tup, addr";
    private readonly CassandraFixture _fixture;

    public TypeRoundTripTests(CassandraFixture fixture) => _fixture = fixture;

    private ISession Session => _fixture.Session;

    public async Task InitializeAsync()
    {
        await Session.ExecuteAsync("CREATE TYPE IF NOT EXISTS address (street text, zip int)");
        await Session.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS all_types (
              id int PRIMARY KEY, t text, a ascii, i int, b bigint, bo boolean, d double, f float, de decimal,
              vi varint, u uuid, tu timeuuid, ts timestamp, bl blob, ip inet, l list<text>, s set<int>,
              m map<text, bigint>, tup frozen<tuple<int, text, double>>, addr frozen<address>)
            """);
        await Session.ExecuteAsync("CREATE TABLE IF NOT EXISTS counters (id int PRIMARY KEY, hits counter)");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<int> Samples() => [1, 2];

    private static object?[] Sample(int id) => id switch
    {
        1 =>
        [
            1, "héllo wörld ✓ 🚀", "plain ascii", int.MinValue, long.MaxValue, true, Math.PI, 1.25f,
            123456789.123456789m, BigInteger.Parse("-1267650600228229401496703205376"), // -2^100
            Guid.Parse("00112233-4455-6677-8899-aabbccddeeff"),
            TimeUuid.NewId(new DateTimeOffset(2024, 2, 29, 12, 0, 0, TimeSpan.Zero)),
            new DateTimeOffset(2024, 2, 29, 23, 59, 58, 999, TimeSpan.Zero),
            new byte[] { 0x00, 0xFF, 0x10 }, IPAddress.Parse("192.168.10.20"),
            new List<string> { "b", "a", "b" }, new HashSet<int> { 3, -1, 7 },
            new Dictionary<string, long> { ["x"] = -5, ["y"] = long.MinValue },
            Tuple.Create<int?, string?, double?>(7, "seven", 7.5),
            new Dictionary<string, object?> { ["street"] = "Main St", ["zip"] = 12345 },
        ],
        _ =>
        [
            2, "", "", 0, 0L, false, double.NegativeInfinity, float.NaN,
            -0.0000000000000000000000000001m, BigInteger.Zero,
            Guid.Empty, TimeUuid.NewId(DateTimeOffset.UnixEpoch),
            DateTimeOffset.UnixEpoch.AddMilliseconds(-1), Array.Empty<byte>(), IPAddress.Parse("2001:db8::ff00:42:8329"),
            new List<string> { "only" }, new HashSet<int> { 0 }, new Dictionary<string, long> { [""] = 0 },
            Tuple.Create<int?, string?, double?>(null, null, null),
            new Dictionary<string, object?> { ["street"] = null, ["zip"] = null },
        ],
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Prepared_insert_then_select_returns_every_value_unchanged(int id)
    {
        var values = Sample(id);
        var insert = await Session.PrepareAsync($"INSERT INTO all_types ({Columns}) VALUES ({string.Join(", ", Enumerable.Repeat("?", 20))})");
        await Session.ExecuteAsync(insert.Bind(values));

        var select = await Session.PrepareAsync($"SELECT {Columns} FROM all_types WHERE id = ?");
        var row = (await (await Session.ExecuteAsync(select.Bind(id))).ToListAsync()).Single();

        Assert.Equal(values[1], row.GetValue<string>("t"));
        Assert.Equal(values[2], row.GetValue<string>("a"));
        Assert.Equal(values[3], row.GetValue<int>("i"));
        Assert.Equal(values[4], row.GetValue<long>("b"));
        Assert.Equal(values[5], row.GetValue<bool>("bo"));
        Assert.Equal(values[6], row.GetValue<double>("d"));
        Assert.Equal(values[7], row.GetValue<float>("f"));
        Assert.Equal(values[8], row.GetValue<decimal>("de"));
        Assert.Equal(values[9], row.GetValue<BigInteger>("vi"));
        Assert.Equal(values[10], row.GetValue<Guid>("u"));
        Assert.Equal(values[11], row.GetValue<TimeUuid>("tu"));
        Assert.Equal(values[12], row.GetValue<DateTimeOffset>("ts"));
        Assert.Equal(values[13], row.GetValue<byte[]>("bl"));
        Assert.Equal(values[14], row.GetValue<IPAddress>("ip"));
        Assert.Equal(values[15], row.GetValue<List<string>>("l"));
        Assert.Equal((HashSet<int>)values[16]!, row.GetValue<HashSet<int>>("s"));
        Assert.Equal(values[17], row.GetValue<Dictionary<string, long>>("m"));
        Assert.Equal(values[18], row.GetValue<Tuple<int?, string?, double?>>("tup"));
        Assert.Equal(values[19], row.GetValue<Dictionary<string, object?>>("addr"));
    }

    [Fact]
    public async Task Null_values_and_empty_collections_read_back_as_null()
    {
        var insert = await Session.PrepareAsync($"INSERT INTO all_types ({Columns}) VALUES ({string.Join(", ", Enumerable.Repeat("?", 20))})");
        var values = new object?[20];
        values[0] = 3;
        values[15] = new List<string>(); // Cassandra stores an empty collection as no collection at all
        await Session.ExecuteAsync(insert.Bind(values));

        var row = (await (await Session.ExecuteAsync(new SimpleStatement($"SELECT {Columns} FROM all_types WHERE id = ?", 3))).ToListAsync()).Single();

        for (var i = 1; i < 20; i++) Assert.True(row.IsNull(i), $"column {row.Columns[i].Name} should be null");
        Assert.Null(row.GetValue<int?>("i"));
        Assert.Null(row.GetValue<List<string>>("l"));
    }

    [Fact]
    public async Task Natural_types_are_returned_when_reading_as_object()
    {
        await Session.ExecuteAsync((await Session.PrepareAsync($"INSERT INTO all_types ({Columns}) VALUES ({string.Join(", ", Enumerable.Repeat("?", 20))})")).Bind(Sample(1)));
        var row = (await (await Session.ExecuteAsync(new SimpleStatement("SELECT * FROM all_types WHERE id = 1"))).ToListAsync()).Single();

        Assert.IsType<string>(row["t"]);
        Assert.IsType<long>(row["b"]);
        Assert.IsType<decimal>(row["de"]);
        Assert.IsType<BigInteger>(row["vi"]);
        Assert.IsType<DateTimeOffset>(row["ts"]);
        Assert.IsType<IPAddress>(row["ip"]);
        Assert.IsType<List<string>>(row["l"]);
        Assert.IsType<HashSet<int>>(row["s"]);
        Assert.IsType<Dictionary<string, long>>(row["m"]);
        Assert.IsType<Tuple<int?, string?, double?>>(row["tup"]);
        Assert.Equal("Main St", ((Dictionary<string, object?>)row["addr"]!)["street"]);
        Assert.Equal(ColumnTypeCode.Timeuuid, row.Columns["tu"].Type.Code);
        Assert.Equal("map<text, bigint>", row.Columns["m"].Type.ToString());
    }

    [Fact]
    public async Task Simple_statement_values_infer_their_cql_types()
    {
        var values = Sample(1);
        values[0] = 4;
        values[2] = "ascii"; // text is accepted for an ascii column when it is ASCII
        await Session.ExecuteAsync(new SimpleStatement($"INSERT INTO all_types ({Columns}) VALUES ({string.Join(", ", Enumerable.Repeat("?", 20))})",
            [.. values.Take(19), null]));

        var row = (await (await Session.ExecuteAsync(new SimpleStatement($"SELECT {Columns} FROM all_types WHERE id = ?", 4))).ToListAsync()).Single();

        Assert.Equal(values[1], row.GetValue<string>("t"));
        Assert.Equal(values[8], row.GetValue<decimal>("de"));
        Assert.Equal(values[9], row.GetValue<BigInteger>("vi"));
        Assert.Equal(values[11], row.GetValue<TimeUuid>("tu"));
        Assert.Equal(values[15], row.GetValue<string[]>("l"));
        Assert.Equal(values[17], row.GetValue<IDictionary<string, long>>("m"));
        Assert.True(row.IsNull("addr"));
    }

    [Fact]
    public async Task Named_values_bind_by_marker_name()
    {
        await Session.ExecuteAsync(new SimpleStatement(new Dictionary<string, object?> { ["id"] = 5, ["t"] = "named" },
            "INSERT INTO all_types (id, t) VALUES (:id, :t)"));
        var prepared = await Session.PrepareAsync("SELECT t FROM all_types WHERE id = :id");
        var row = (await (await Session.ExecuteAsync(prepared.Bind(new Dictionary<string, object?> { ["id"] = 5 }))).ToListAsync()).Single();
        Assert.Equal("named", row.GetValue<string>(0));
    }

    [Fact]
    public async Task Counters_add_up()
    {
        var increment = await Session.PrepareAsync("UPDATE counters SET hits = hits + ? WHERE id = ?");
        await Session.ExecuteAsync(increment.Bind(5L, 1));
        await Session.ExecuteAsync(increment.Bind(-2L, 1));
        var row = (await (await Session.ExecuteAsync("SELECT hits FROM counters WHERE id = 1")).ToListAsync()).Single();
        Assert.Equal(3L, row.GetValue<long>("hits"));
        Assert.Equal(ColumnTypeCode.Counter, row.Columns[0].Type.Code);
    }

    [Fact]
    public async Task Prepared_metadata_describes_the_bind_markers()
    {
        var prepared = await Session.PrepareAsync("INSERT INTO all_types (id, m, addr) VALUES (?, ?, ?)");
        Assert.Equal(["id", "m", "addr"], prepared.Variables.Select(v => v.Name));
        Assert.Equal("map<text, bigint>", prepared.Variables[1].Type.ToString());
        Assert.Equal(["street", "zip"], prepared.Variables[2].Type.FieldNames);
        Assert.Empty(prepared.RoutingIndexes); // v3 sends no partition key indexes
        Assert.Same(prepared, await Session.PrepareAsync("INSERT INTO all_types (id, m, addr) VALUES (?, ?, ?)"));
        Assert.Throws<ArgumentException>(() => prepared.Bind(1, null, null, 4));
        await Assert.ThrowsAsync<ArgumentException>(() => Session.ExecuteAsync(prepared.Bind(1))); // v3: every marker needs a value
        await Assert.ThrowsAsync<InvalidCastException>(() => Session.ExecuteAsync(prepared.Bind("not an int", null, null)));
    }
}
