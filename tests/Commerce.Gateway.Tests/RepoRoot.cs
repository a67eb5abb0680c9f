namespace Commerce.Gateway.Tests;

public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Commerce.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Commerce.sln above " + AppContext.BaseDirectory);
    }
}
