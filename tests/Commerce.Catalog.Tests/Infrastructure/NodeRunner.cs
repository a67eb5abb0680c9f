using System.Diagnostics;

namespace Commerce.Catalog.Tests.Infrastructure;

/// <summary>Runs a script of this project's node folder with the packages of tests/node (graphql-js, the official drivers).</summary>
public static class NodeRunner
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static async Task<string> RunAsync(string script, IReadOnlyList<string> arguments, string stdin)
    {
        var modules = Path.Combine(RepoRoot, "tests", "node", "node_modules");
        Assert.True(Directory.Exists(modules), $"{modules} is missing: run `npm ci --prefix tests/node` in the repository root.");

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoRoot, "tests", "Commerce.Catalog.Tests", "node", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"node {script} failed: {await error}");
        return await output;
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Commerce.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Commerce.sln not found above " + AppContext.BaseDirectory);
    }
}
