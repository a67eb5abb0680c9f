using System.Diagnostics;

namespace Commerce.GraphQL.Tests.Support;

/// <summary>
/// Runs a node script of the reference implementations (graphql-js and friends, installed in tests/node by the
/// test command) with JSON on stdin and returns its stdout.
/// </summary>
public static class NodeScript
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static async Task<string> RunAsync(string scriptPath, string input, TimeSpan? timeout = null)
    {
        var modules = Path.Combine(RepositoryRoot, "tests", "node", "node_modules");
        if (!Directory.Exists(modules))
        {
            throw new InvalidOperationException($"The reference tools are not installed: run `npm ci --prefix tests/node` (scripts/test.sh does).");
        }

        var start = new ProcessStartInfo("node", [scriptPath])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cancellation.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {Path.GetFileName(scriptPath)} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    /// <summary>A script next to this test project's sources, under node/.</summary>
    public static string TestScript(string project, string name) => Path.Combine(RepositoryRoot, "tests", project, "node", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Commerce.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (the folder with Commerce.sln).");
    }
}
