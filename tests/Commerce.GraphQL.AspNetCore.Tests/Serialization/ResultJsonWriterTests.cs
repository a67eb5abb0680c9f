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

    private static string Json(OperationResult result) => Encoding.UTF8.GetString(ResultJsonWriter.ToUtf8Bytes(result));
}
