using System.Diagnostics;
using System.Text.Json;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>Runs one of this project's node scripts with the repository's node_modules and parses its JSON output.</summary>
internal static class NodeRunner
{
    public static JsonDocument Run(string script, params string[] arguments)
    {
        var root = ValidationHarness.RepositoryRoot;
        var modules = Path.Combine(root, "tests", "node", "node_modules");
        Assert.True(Directory.Exists(Path.Combine(modules, "graphql")), $"graphql-js is not installed: run `npm ci --prefix tests/node` in {root}");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "tests", "Commerce.GraphQL.Tests", "node", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "node failed: " + stderr);
        return JsonDocument.Parse(stdout.Result);
    }
}
