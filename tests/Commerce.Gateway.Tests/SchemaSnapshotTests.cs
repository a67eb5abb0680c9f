using System.Diagnostics;
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
        var introspection = await client.PostAsync("/graphql", new StringContent(
            System.Text.Json.JsonSerializer.Serialize(new { query = IntrospectionQuery }), System.Text.Encoding.UTF8, "application/json"));
        var json = await introspection.Content.ReadAsStringAsync();

        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add("const g=require('graphql');let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(g.printSchema(g.buildClientSchema(JSON.parse(s).data))+'\\n'));");
        start.Environment["NODE_PATH"] = Path.Combine(RepoRoot.Path, "tests", "node", "node_modules");
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(json);
        node.StandardInput.Close();
        var printed = await node.StandardOutput.ReadToEndAsync();
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, errors + "\n(run `npm ci --prefix tests/node` if graphql is missing)");
        Assert.Equal(File.ReadAllText(Path.Combine(RepoRoot.Path, "schema", "schema.graphql")), printed);
    }

    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;
}
