using System.Diagnostics;

namespace Commerce.GraphQL.Tests.Execution.CrossCheck;

/// <summary>Locates the repository and runs this project's node scripts against tests/node's packages (graphql-js).</summary>
public static class NodeScripts
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string TestProjectDirectory => Path.Combine(RepoRoot, "tests", "Commerce.GraphQL.Tests");

    public static string Run(string script, params string[] arguments)
    {
        var modules = Path.Combine(RepoRoot, "tests", "node", "node_modules");
        Assert.True(Directory.Exists(modules), $"{modules} is missing: run `npm ci --prefix tests/node` in the repository root.");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(TestProjectDirectory, "node", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"node {script} failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Commerce.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No Commerce.sln above " + AppContext.BaseDirectory);
    }
}
