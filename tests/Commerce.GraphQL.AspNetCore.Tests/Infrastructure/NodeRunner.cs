using System.Diagnostics;

namespace Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>Runs a node script from tests/node's installed packages (graphql-js, graphql-http, graphql-ws, playwright-core).</summary>
public static class NodeRunner
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ScriptPath(string name) =>
        Path.Combine(RepoRoot, "tests", "Commerce.GraphQL.AspNetCore.Tests", "node", name);

    public static async Task<NodeResult> RunAsync(string script, IReadOnlyList<string> arguments, string? stdin = null)
    {
        var modules = Path.Combine(RepoRoot, "tests", "node", "node_modules");
        Assert.True(Directory.Exists(modules), $"{modules} is missing: run `npm ci --prefix tests/node` in the repository root.");

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ScriptPath(script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new NodeResult(process.ExitCode, await stdout, await stderr);
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

public sealed record NodeResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
