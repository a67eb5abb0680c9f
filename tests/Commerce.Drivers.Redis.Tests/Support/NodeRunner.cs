using System.Diagnostics;
using System.Text;

namespace Commerce.Drivers.Redis.Tests.Support;

/// <summary>Runs a node script from this test project's node/ folder with the repo's tests/node modules.</summary>
public static class NodeRunner
{
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Commerce.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Commerce.sln not found above the test assembly.");
        }
    }

    public static async Task<string> RunAsync(string script, string stdin, params string[] args)
    {
        var root = RepoRoot;
        var modules = Path.Combine(root, "tests", "node", "node_modules");
        Assert.True(Directory.Exists(Path.Combine(modules, "redis")), $"npm package 'redis' missing under {modules}: run `npm ci --prefix tests/node`.");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(root, "tests", "Commerce.Drivers.Redis.Tests", "node", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"node {script} failed ({process.ExitCode}): {await stderr}");
        return await stdout;
    }
}
