using System.Buffers;
using System.Text;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Serialization;

namespace Commerce.GraphQL.AspNetCore.Tests.Serialization;

public sealed class ResultJsonWriterTests
{
    [Fact]
    public void Data_only_is_a_single_data_entry()
    {
        var data = new ResultMap { { "a", 1 }, { "b", "x" }, { "c", null }, { "d", new ResultList { true, 2.5, 3L } } };

        Assert.Equal("""{"data":{"a":1,"b":"x","c":null,"d":[true,2.5,3]}}""", Json(new OperationResult(data)));
    }

    [Fact]
    public void Errors_come_before_data_and_extensions_last_as_graphql_js_orders_them()
    {
        var error = new GraphQLError(
            "boom",
            [new Location(3, 8, 1, 4)],
            ["products", 0, "price"],
            new Dictionary<string, object?> { ["code"] = "STORE_UNAVAILABLE" });
        var result = new OperationResult(new ResultMap { { "products", new ResultList { new ResultMap { { "price", null } } } } }, [error])
        {
            Extensions = new Dictionary<string, object?> { ["tracing"] = new Dictionary<string, object?> { ["total"] = 1 } },
        };

        Assert.Equal(
            """{"errors":[{"message":"boom","locations":[{"line":1,"column":4}],"path":["products",0,"price"],"extensions":{"code":"STORE_UNAVAILABLE"}}],"data":{"products":[{"price":null}]},"extensions":{"tracing":{"total":1}}}""",
            Json(result));
    }

    [Fact]
    public void A_request_error_has_no_data_entry_and_an_error_without_locations_path_or_extensions_has_only_a_message()
    {
        var result = OperationResult.RequestError(new GraphQLError("Must provide query string."));

        Assert.Equal("""{"errors":[{"message":"Must provide query string."}]}""", Json(result));
    }

    [Fact]
    public void Null_data_after_a_field_error_is_written_as_null()
    {
        var result = new OperationResult(null, [new GraphQLError("x", path: ["a"])]);

        Assert.Equal("""{"errors":[{"message":"x","path":["a"]}],"data":null}""", Json(result));
    }

    [Fact]
    public void Empty_error_extensions_are_left_out_as_graphql_js_leaves_them_out()
    {
        var result = OperationResult.RequestError(new GraphQLError("m", extensions: new Dictionary<string, object?>()));

        Assert.Equal("""{"errors":[{"message":"m"}]}""", Json(result));
    }

    [Fact]
    public void Non_ascii_text_is_raw_utf8_not_escaped()
    {
        var result = new OperationResult(new ResultMap { { "name", "Run🏃 <b>&" } });

        Assert.Equal("{\"data\":{\"name\":\"Run🏃 <b>&\"}}", Json(result));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(40_000)]
    public void Strings_of_any_length_that_need_escaping_survive_buffer_boundaries(int length)
    {
        // Escaped strings are written in place into the output's current span; many of them, and one larger
        // than any span, cross every boundary. An independent parser must read back exactly what went in.
        var pattern = "line\n\"quoted\" \\ é中🏃\u0001";
        var text = string.Concat(Enumerable.Repeat(pattern, (length / pattern.Length) + 1))[..length];
        var list = new ResultList();
        for (var i = 0; i < 200; i++)
        {
            list.Add(new ResultMap { { "n", i }, { "text", text + i } });
        }

        var output = new PipeBuffer(97);
        ResultJsonWriter.Write(new OperationResult(new ResultMap { { "items", list } }), output);

        using var json = System.Text.Json.JsonDocument.Parse(output.WrittenBytes);
        var items = json.RootElement.GetProperty("data").GetProperty("items");
        Assert.Equal(200, items.GetArrayLength());
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(i, items[i].GetProperty("n").GetInt32());
            Assert.Equal(text + i, items[i].GetProperty("text").GetString());
        }
    }

    /// <summary>An output that hands out small spans, as a PipeWriter's segments are.</summary>
    private sealed class PipeBuffer(int spanSize) : IBufferWriter<byte>
    {
        private readonly ArrayBufferWriter<byte> _written = new();
        private byte[] _current = [];

        public byte[] WrittenBytes => _written.WrittenSpan.ToArray();

        public void Advance(int count) => _written.Write(_current.AsSpan(0, count));

        public Memory<byte> GetMemory(int sizeHint = 0) => _current = new byte[Math.Max(sizeHint, spanSize)];

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }

    private static string Json(OperationResult result) => Encoding.UTF8.GetString(ResultJsonWriter.ToUtf8Bytes(result));
}
