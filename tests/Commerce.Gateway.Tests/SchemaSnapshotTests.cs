using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Commerce.Gateway.Cli;
using Commerce.Gateway.Tests.Snapshots;

namespace Commerce.Gateway.Tests;

public sealed class SchemaSnapshotTests
{
    private const string UpdateCommand = "dotnet run --project src/Commerce.Gateway -- schema export --output schema/schema.graphql";

    [Fact]
    public void The_composed_schema_equals_the_committed_schema_graphql()
    {
        var sdl = SchemaExportCommand.Export(new ConfigurationBuilder().Build());

        Snapshot.Match(sdl, "schema/schema.graphql", UpdateCommand);
    }

    [Fact]
    public void The_schema_export_verb_writes_the_schema_the_server_serves()
    {
        var output = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}.graphql");
        try
        {
            var entryPoint = typeof(Program).Assembly.EntryPoint!;
            var exitCode = (int)entryPoint.Invoke(null, [new[] { "schema", "export", "--output", output }])!;

            Assert.Equal(0, exitCode);
            Assert.Equal(File.ReadAllText(Path.Combine(RepoRoot.Path, "schema", "schema.graphql")), File.ReadAllText(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task The_served_schema_introspects_to_the_same_sdl_through_graphql_js()
    {
        await using var factory = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>();
        using var client = factory.CreateClient();
        var query = JsonSerializer.Deserialize<string>(await Introspection(new { command = "query" }))!;

        var response = await client.PostAsync("/graphql", new StringContent(
            JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"));
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var printed = JsonDocument.Parse(await Introspection(new { command = "print", results = new[] { result } })).RootElement[0];

        Assert.False(printed.TryGetProperty("error", out var error), error.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(RepoRoot.Path, "schema", "schema.graphql")), printed.GetProperty("sdl").GetString() + "\n");
    }

    /// <summary>graphql-js's getIntrospectionQuery (every option on) and buildClientSchema + printSchema, through node.</summary>
    private static async Task<string> Introspection(object input)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoRoot.Path, "tests", "node", "scripts", "introspection.js"));
        start.Environment["NODE_PATH"] = Path.Combine(RepoRoot.Path, "tests", "node", "node_modules");
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(input));
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync();
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, errors + "\n(run `npm ci --prefix tests/node` if graphql is missing)");
        return output;
    }
}
