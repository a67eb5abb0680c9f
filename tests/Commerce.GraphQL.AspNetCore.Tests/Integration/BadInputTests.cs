using System.Net.Http.Headers;
using System.Text;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

namespace Commerce.GraphQL.AspNetCore.Tests.Integration;

/// <summary>Malformed and hostile input, against the real engine: every answer is a 4xx or a GraphQL error, never a 500.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private TestServer _server = null!;
    private HttpClient _client = null!;

    public static TheoryData<string> Bodies { get; } = new()
    {
        new string('[', 100) + new string(']', 100),
        """{"query":"{ hello }","variables":""" + new string('[', 100) + new string(']', 100) + "}",
        "{\"query\":\"" + new string('{', 5000) + "\"}",
        """{"query":"{ add(a: 99999999999999999999, b: 1) }"}""",
        """{"query":"query($a: Int!) { add(a: $a, b: 1) }","variables":{"a":1e308}}""",
        """{"query":"query($a: Int!) { add(a: $a, b: 1) }","variables":{"a":{"x":[1]}}}""",
        """{"query":"query($a: Int!) { add(a: $a, b: 1) }","variables":{"a":1},"operationName":"Nope"}""",
        """{"query":"{ hello(name: \"\u0000\ud800\") }"}""",
        """{"query":"fragment F on Query { ...F } { ...F }"}""",
        """{"query":"{ __type(name: 1) { name } }"}""",
        """{"query":"subscription { ticks(n: -1) }"}""",
        """{"query":"query A { hello } query A { hello }"}""",
        """{"query":"{ hello }","extensions":{"persistedQuery":{"version":2,"sha256Hash":"x"}}}""",
        """{"query":"{ hello }","extensions":{"persistedQuery":"nope"}}""",
        """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":null}}}""",
        """{"query":"type Query { x: Int }"}""",
        "{\"query\":\"{" + string.Concat(Enumerable.Repeat("a:hello ", 20000)) + "}\"}",
    };

    public async Task InitializeAsync()
    {
        _server = await EngineServer.StartAsync();
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_hostile_body_is_never_a_500(string body)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json", "text/event-stream" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("Accept", accept);

            var response = await _client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();

            Assert.True((int)response.StatusCode < 500, $"{accept}: {(int)response.StatusCode} {text}");
            Assert.DoesNotContain("INTERNAL_ERROR", text);
        }
    }

    [Fact]
    public async Task Invalid_utf8_in_the_body_is_a_400()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"query":"{ hello(name: \"X\") }"}""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync("/graphql", content);

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20hello&variables=%7B")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&extensions=%5B%5D")]
    [InlineData("/graphql?query=%FF%FE")]
    [InlineData("/graphql?operationName=x")]
    public async Task A_hostile_query_string_is_never_a_500(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("application/json;;;")]
    [InlineData("*/*; q=abc")]
    [InlineData("application/json, , ,")]
    public async Task A_garbled_accept_header_is_never_a_500(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await _client.SendAsync(request);

        Assert.True((int)response.StatusCode < 500);
    }
}
