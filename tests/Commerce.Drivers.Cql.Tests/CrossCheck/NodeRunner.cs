using System.Diagnostics;

namespace Commerce.Drivers.Cql.Tests.CrossCheck;

/// <summary>Runs a node script of this test project with the repository's tests/node/node_modules.</summary>
internal static class NodeRunner
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Commerce.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("No Commerce.sln above " + AppContext.BaseDirectory);
    }

    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var root = RepositoryRoot();
        var modules = Path.Combine(root, "tests", "node", "node_modules");
        if (!Directory.Exists(Path.Combine(modules, "cassandra-driver")))
            throw new InvalidOperationException($"{modules} lacks cassandra-driver: run `npm ci --prefix tests/node`.");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(Path.Combine(root, "tests", "Commerce.Drivers.Cql.Tests", "node", script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"node {script} failed ({process.ExitCode}): {await stderr}");
        return await stdout;
    }
}
