using System.Diagnostics;

namespace Commerce.Drivers.Mongo.Tests;

/// <summary>Runs a node script next to this project with the repository's tests/node packages on NODE_PATH.</summary>
internal static class NodeScript
{
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var root = RepositoryRoot();
        var modules = Path.Combine(root, "tests", "node", "node_modules");
        if (!Directory.Exists(Path.Combine(modules, "mongodb")))
        {
            throw new InvalidOperationException($"The Node reference packages are missing in {modules}; run `npm ci --prefix tests/node`.");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(root, "tests", "Commerce.Drivers.Mongo.Tests", "node", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await stderr}");
        }

        return await stdout;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Commerce.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Commerce.sln above {AppContext.BaseDirectory}.");
    }
}
