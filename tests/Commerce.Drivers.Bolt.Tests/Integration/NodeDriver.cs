using System.Diagnostics;
using System.Text.Json;

namespace Commerce.Drivers.Bolt.Tests.Integration;

/// <summary>Runs tests/Commerce.Drivers.Bolt.Tests/node/crosscheck.js with the official neo4j-driver@1.7.8 from tests/node.</summary>
internal static class NodeDriver
{
    public static async Task<JsonElement> RunAsync(string mode, string label)
    {
        var root = RepositoryRoot();
        var modules = Path.Combine(root, "tests", "node", "node_modules");
        if (!Directory.Exists(Path.Combine(modules, "neo4j-driver")))
            throw new InvalidOperationException($"neo4j-driver is not installed in {modules}: run `npm ci --prefix tests/node`.");
        var script = Path.Combine(root, "tests", "Commerce.Drivers.Bolt.Tests", "node", "crosscheck.js");
        var start = new ProcessStartInfo("node", [script, mode, Neo4jServer.Uri, label])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"node crosscheck.js {mode} failed: {await stderr}");
        return JsonDocument.Parse(await stdout).RootElement;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Commerce.sln"))) return dir.FullName;
        throw new InvalidOperationException("Commerce.sln not found above the test assembly.");
    }
}
