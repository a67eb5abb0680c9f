using System.Text.Json;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

namespace Commerce.GraphQL.AspNetCore.Tests.Integration;

/// <summary>npm graphql-http's serverAudits, the GraphQL-over-HTTP conformance suite, against our server and engine.</summary>
public sealed class GraphQLHttpAuditTests
{
    [Fact]
    public async Task Every_graphql_http_server_audit_passes()
    {
        await using var server = await EngineServer.StartAsync();

        var run = await NodeRunner.RunAsync("audits.js", [server.GraphQLUri.ToString()]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var audits = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToList();
        var failing = audits
            .Where(a => a.GetProperty("status").GetString() != "ok")
            .Select(a => $"{a.GetProperty("id")} {a.GetProperty("name")}: {a.GetProperty("reason")}")
            .ToList();
        Assert.True(failing.Count == 0, $"{failing.Count} of {audits.Count} audits failed:\n" + string.Join("\n", failing));
        Assert.Equal(61, audits.Count);
        Assert.Equal(13, audits.Count(a => a.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal)));
    }
}
