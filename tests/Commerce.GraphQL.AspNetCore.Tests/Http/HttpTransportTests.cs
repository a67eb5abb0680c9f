using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

namespace Commerce.GraphQL.AspNetCore.Tests.Http;

/// <summary>GraphQL over HTTP as the spec words it, against real Kestrel with a stand-in executor.</summary>
public sealed class HttpTransportTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly FakeExecutor _executor = new();
    private TestServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync(_executor, o => o.MaxRequestBodySize = 4096);
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Post_with_graphql_response_json_gets_200_and_that_media_type_for_data()
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("""{"data":{"hello":"world"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"query":"{"}""")]
    [InlineData("""{"query":"{ unknown }"}""")]
    public async Task A_request_error_is_400_without_data_under_graphql_response_json_and_200_under_json(string body)
    {
        var strict = await PostAsync(body, GraphQLResponse);
        var legacy = await PostAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("application/json", legacy.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await strict.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.True(json.RootElement.GetProperty("errors").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("text/html, */*;q=0.1", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json")]
    public async Task Accept_negotiation_picks_the_media_type(string? accept, string expected)
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Nothing_acceptable_is_406(string accept)
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_body_that_is_not_utf8_json_is_415(string? contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ hello }"}""")),
        };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(_executor.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"not a JSON")]
    [InlineData("[]")]
    [InlineData("\"query\"")]
    [InlineData("""{"notquery":"{ hello }"}""")]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":["{ hello }"]}""")]
    [InlineData("""{"query":"{ hello }","operationName":false}""")]
    [InlineData("""{"query":"{ hello }","variables":"{}"}""")]
    [InlineData("""{"query":"{ hello }","variables":[]}""")]
    [InlineData("""{"query":"{ hello }","extensions":0}""")]
    [InlineData("""{"query":"{ hello }","query":"{ hello }"}""")]
    [InlineData("""{"query":"{ hello }"} trailing""")]
    public async Task A_malformed_request_is_400_under_either_media_type_and_never_executes(string body)
    {
        var strict = await PostAsync(body, GraphQLResponse);
        var legacy = await PostAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, legacy.StatusCode);
        using var json = JsonDocument.Parse(await legacy.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!.Length > 0);
        Assert.Empty(_executor.Requests);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var body = "{\"query\":\"{ hello }\",\"extensions\":{\"pad\":\"" + new string('x', 5000) + "\"}}";

        var response = await PostAsync(body, null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_executor.Requests);
    }

    [Fact]
    public async Task Null_parameters_are_allowed_and_variables_and_extensions_arrive_as_input_values()
    {
        await PostAsync("""{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}""", null);
        var response = await PostAsync("""{"query":"query Q($v: Int) { echo }","operationName":"Q","variables":{"v":2147483648,"w":[1.5,"x"]},"extensions":{"some":"value"}}""", null);

        Assert.Equal("""{"data":{"echo":2147483648}}""", await response.Content.ReadAsStringAsync());
        var request = _executor.Requests[^1];
        Assert.Equal("Q", request.OperationName);
        Assert.Equal(2147483648L, request.Variables!["v"]);
        Assert.Equal([1.5, "x"], (IReadOnlyList<object?>)request.Variables["w"]!);
        Assert.Equal("value", request.Extensions!["some"]);
        Assert.Null(_executor.Requests[0].Variables);
    }

    [Fact]
    public async Task Get_executes_queries_from_the_query_string()
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("query Q($v: Int) { echo }") + "&variables=" + Uri.EscapeDataString("""{"v":7}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"echo":7}}""", await response.Content.ReadAsStringAsync());
        Assert.Equal([Language.OperationType.Query], _executor.Requests[0].AllowedOperations!);
    }

    [Theory]
    [InlineData("mutation { hello }", null)]
    [InlineData("query A { hello } mutation B { hello }", "B")]
    public async Task Get_refuses_a_mutation_with_405_and_allow_post_before_executing(string query, string? operationName)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (operationName is null ? "" : "&operationName=" + operationName);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(GraphQLResponse);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Empty(_executor.Requests);
    }

    [Theory]
    [InlineData("/graphql?query={hello}&variables={bad")]
    [InlineData("/graphql?query={hello}&variables=[1]")]
    [InlineData("/graphql?query={hello}&query={hello}")]
    [InlineData("/graphql")]
    public async Task Get_with_malformed_parameters_is_400(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_executor.Requests);
    }

    [Fact]
    public async Task Other_methods_are_405_naming_get_and_post()
    {
        var response = await _client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task An_executor_exception_is_500_with_internal_error_and_no_details()
    {
        var response = await PostAsync("""{"query":"{ boom }"}""", null);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("INTERNAL_ERROR", body);
        Assert.DoesNotContain("secret", body);
    }

    [Fact]
    public async Task A_subscription_over_plain_post_is_refused_as_a_request_error()
    {
        var response = await PostAsync("""{"query":"subscription { ticks(n: 2) }"}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(Language.OperationType.Subscription, _executor.Requests[0].AllowedOperations!);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await _client.SendAsync(request);
    }
}
