using System.Text.Json;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;
using Commerce.GraphQL.AspNetCore.Tests.Integration;

namespace Commerce.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The reference client (npm graphql-ws, in node) against our WebSocket endpoint, with the stand-in and with the real engine.</summary>
public sealed class GraphQLWsClientCrossCheckTests
{
    [Theory]
    [InlineData(false, "world")]
    [InlineData(true, "Hello, world")]
    public async Task The_graphql_ws_client_subscribes_queries_and_sees_request_errors(bool realEngine, string hello)
    {
        await using var server = realEngine ? await EngineServer.StartAsync() : await TestServer.StartAsync(new FakeExecutor());
        var url = new UriBuilder(server.GraphQLUri) { Scheme = "ws" }.Uri.ToString();

        var run = await NodeRunner.RunAsync("graphql-ws-client.js", [url]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var observed = JsonDocument.Parse(run.Stdout).RootElement;
        var subscription = observed.GetProperty("subscription");
        Assert.True(subscription.GetProperty("completed").GetBoolean());
        Assert.Equal([1, 2, 3], subscription.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("data").GetProperty("ticks").GetInt32()));
        Assert.Equal(hello, observed.GetProperty("query").GetProperty("results")[0].GetProperty("data").GetProperty("hello").GetString());
        var invalid = observed.GetProperty("invalid");
        Assert.Equal(0, invalid.GetProperty("results").GetArrayLength());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", invalid.GetProperty("error")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
