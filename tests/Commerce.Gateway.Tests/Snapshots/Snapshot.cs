using System.Text;

namespace Commerce.Gateway.Tests.Snapshots;

/// <summary>
/// Our stand-in for Snapshooter: compares a string with a file committed in the repository and, when they differ,
/// fails with a line diff (<c>-</c> committed, <c>+</c> actual) and the command that updates the file. With the
/// environment variable <c>UPDATE_SNAPSHOTS=1</c> it writes the file instead.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string repoRelativePath, string updateCommand)
    {
        var path = Path.Combine(RepoRoot.Path, repoRelativePath);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path) : null;
        if (expected == actual)
        {
            return;
        }

        var message = new StringBuilder();
        message.AppendLine(expected is null ? $"{repoRelativePath} does not exist." : $"{repoRelativePath} differs from the actual value:");
        message.Append(LineDiff.Render(expected ?? "", actual));
        message.AppendLine($"If the change is intended, update the file with: {updateCommand}");
        message.AppendLine("(or run the tests with UPDATE_SNAPSHOTS=1)");
        Assert.Fail(message.ToString());
    }
}
