using System.Globalization;
using System.Text.Json;

namespace Commerce.Drivers.Bolt.Tests.Integration;

/// <summary>
/// The same graph through two independent clients: what this driver writes, the official
/// JavaScript driver (1.7.8, Bolt v1) reads, and the other way round. Expected values are
/// literals in this file, not output of either driver.
/// </summary>
[Collection(Neo4jCollection.Name)]
public class NodeDriverCrossCheckTests(Neo4jServer server)
{
    private static readonly string LongText = string.Concat(Enumerable.Repeat("xyz", 30000));

    [Fact]
    public async Task What_this_driver_writes_the_official_driver_reads_with_the_same_types()
    {
        await using var label = new TestLabel(server.Driver);
        await using (var session = server.Driver.AsyncSession())
        {
            await session.ExecuteWriteAsync(async tx => await (await tx.RunAsync(
                $"CREATE (a:{label}:FromDotnet) SET a = $a CREATE (b:{label}:FromDotnet) SET b = $b CREATE (a)-[r:BOUGHT_WITH]->(b) SET r = $rel",
                new
                {
                    a = new Dictionary<string, object?>
                    {
                        ["key"] = "a",
                        ["int_tiny"] = 7,
                        ["int_negative"] = -17,
                        ["int_16"] = 1000,
                        ["int_32"] = 100000,
                        ["int_53_plus"] = 9007199254740993L,
                        ["int_max"] = long.MaxValue,
                        ["int_min"] = long.MinValue,
                        ["float_pi"] = 3.14159,
                        ["float_tiny"] = -2.5e-10,
                        ["float_whole"] = 2.0,
                        ["text"] = "Größenmaßstäbe 日本",
                        ["text_empty"] = "",
                        ["text_long"] = LongText,
                        ["flag_true"] = true,
                        ["flag_false"] = false,
                        ["list_ints"] = new long[] { 1, -2, 4294967296 },
                        ["list_floats"] = new[] { 1.5, -0.25 },
                        ["list_strings"] = new[] { "red", "grün" },
                        ["list_bools"] = new[] { true, false, true },
                    },
                    b = new { key = "b" },
                    rel = new { weight = 0.5, since = 2020, note = "bought together" },
                })).ConsumeAsync());
        }

        var graph = await NodeDriver.RunAsync("read", label.Name);

        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(2, nodes.Count);
        Assert.Equal(["FromDotnet", label.Name], nodes[0].GetProperty("labels").EnumerateArray().Select(l => l.GetString()).Order(StringComparer.Ordinal));
        var a = nodes[0].GetProperty("properties");
        Assert.Equal(("String", "a"), Scalar(a, "key"));
        Assert.Equal(("Integer", "7"), Scalar(a, "int_tiny"));
        Assert.Equal(("Integer", "-17"), Scalar(a, "int_negative"));
        Assert.Equal(("Integer", "1000"), Scalar(a, "int_16"));
        Assert.Equal(("Integer", "100000"), Scalar(a, "int_32"));
        Assert.Equal(("Integer", "9007199254740993"), Scalar(a, "int_53_plus"));
        Assert.Equal(("Integer", "9223372036854775807"), Scalar(a, "int_max"));
        Assert.Equal(("Integer", "-9223372036854775808"), Scalar(a, "int_min"));
        Assert.Equal(3.14159, Float(a, "float_pi"));
        Assert.Equal(-2.5e-10, Float(a, "float_tiny"));
        Assert.Equal(2.0, Float(a, "float_whole"));
        Assert.Equal(("String", "Größenmaßstäbe 日本"), Scalar(a, "text"));
        Assert.Equal(("String", ""), Scalar(a, "text_empty"));
        Assert.Equal(("String", LongText), Scalar(a, "text_long"));
        Assert.Equal("Boolean", a.GetProperty("flag_true").GetProperty("type").GetString());
        Assert.True(a.GetProperty("flag_true").GetProperty("value").GetBoolean());
        Assert.False(a.GetProperty("flag_false").GetProperty("value").GetBoolean());
        Assert.Equal([("Integer", "1"), ("Integer", "-2"), ("Integer", "4294967296")], List(a, "list_ints"));
        Assert.Equal([("Float", "1.5"), ("Float", "-0.25")], List(a, "list_floats"));
        Assert.Equal([("String", "red"), ("String", "grün")], List(a, "list_strings"));
        Assert.Equal(3, List(a, "list_bools").Count);
        Assert.Equal(20, a.EnumerateObject().Count());

        var relationship = Assert.Single(graph.GetProperty("relationships").EnumerateArray());
        Assert.Equal("BOUGHT_WITH", relationship.GetProperty("type").GetString());
        Assert.Equal(("a", "b"), (relationship.GetProperty("start").GetString(), relationship.GetProperty("end").GetString()));
        var r = relationship.GetProperty("properties");
        Assert.Equal(0.5, Float(r, "weight"));
        Assert.Equal(("Integer", "2020"), Scalar(r, "since"));
        Assert.Equal(("String", "bought together"), Scalar(r, "note"));
    }

    [Fact]
    public async Task What_the_official_driver_writes_this_driver_reads_with_the_same_types()
    {
        await using var label = new TestLabel(server.Driver);
        await NodeDriver.RunAsync("write", label.Name);

        await using var session = server.Driver.AsyncSession();
        var record = await (await session.RunAsync(
            $"MATCH (a:{label} {{key: 'a'}})-[r]->(b:{label}) RETURN a, r, b")).SingleAsync();
        var a = record.Get<INode>("a");
        Assert.Equal(new HashSet<string> { label.Name, "FromNode" }, a.Labels.ToHashSet());
        var p = a.Properties;
        Assert.Equal(20, p.Count);
        Assert.Equal("a", p["key"]);
        Assert.Equal(7L, p["int_tiny"]);
        Assert.Equal(-17L, p["int_negative"]);
        Assert.Equal(1000L, p["int_16"]);
        Assert.Equal(100000L, p["int_32"]);
        Assert.Equal(9007199254740993L, p["int_53_plus"]);
        Assert.Equal(long.MaxValue, p["int_max"]);
        Assert.Equal(long.MinValue, p["int_min"]);
        Assert.Equal(3.14159, p["float_pi"]);
        Assert.Equal(-2.5e-10, p["float_tiny"]);
        Assert.Equal(2.0, p["float_whole"]); // a JS number is a Float, even when whole
        Assert.Equal("Größenmaßstäbe 日本", p["text"]);
        Assert.Equal("", p["text_empty"]);
        Assert.Equal(LongText, p["text_long"]);
        Assert.Equal(true, p["flag_true"]);
        Assert.Equal(false, p["flag_false"]);
        Assert.Equal(new List<object?> { 1L, -2L, 4294967296L }, p["list_ints"]);
        Assert.Equal(new List<object?> { 1.5, -0.25 }, p["list_floats"]);
        Assert.Equal(new List<object?> { "red", "grün" }, p["list_strings"]);
        Assert.Equal(new List<object?> { true, false, true }, p["list_bools"]);

        var r = record.Get<IRelationship>("r");
        Assert.Equal("BOUGHT_WITH", r.Type);
        Assert.Equal(a.Id, r.StartNodeId);
        Assert.Equal(record.Get<INode>("b").Id, r.EndNodeId);
        Assert.Equal(0.5, r["weight"]);
        Assert.Equal(2020L, r["since"]);
        Assert.Equal("bought together", r["note"]);
    }

    private static (string?, string?) Scalar(JsonElement properties, string key)
    {
        var value = properties.GetProperty(key);
        return (value.GetProperty("type").GetString(), value.GetProperty("value").GetString());
    }

    private static double Float(JsonElement properties, string key)
    {
        var value = properties.GetProperty(key);
        Assert.Equal("Float", value.GetProperty("type").GetString());
        return double.Parse(value.GetProperty("value").GetString()!, CultureInfo.InvariantCulture);
    }

    private static List<(string?, string?)> List(JsonElement properties, string key)
    {
        var value = properties.GetProperty(key);
        Assert.Equal("List", value.GetProperty("type").GetString());
        return value.GetProperty("value").EnumerateArray()
            .Select(item => (item.GetProperty("type").GetString(), item.GetProperty("value").ValueKind == JsonValueKind.String ? item.GetProperty("value").GetString() : item.GetProperty("value").ToString()))
            .ToList();
    }
}
