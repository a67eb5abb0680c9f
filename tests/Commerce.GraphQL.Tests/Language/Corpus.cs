using System.Text;

namespace Commerce.GraphQL.Tests.Language;

/// <summary>The hand-written corpus under Language/corpus: valid/*.graphql and invalid/*.graphql, read byte for byte.</summary>
public static class Corpus
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static IReadOnlyList<(string Name, string Source)> Valid { get; } = Load("valid");

    public static IReadOnlyList<(string Name, string Source)> Invalid { get; } = Load("invalid");

    private static IReadOnlyList<(string Name, string Source)> Load(string folder)
    {
        var directory = Path.Combine(RepositoryRoot, "tests", "Commerce.GraphQL.Tests", "Language", "corpus", folder);
        return Directory.GetFiles(directory, "*.graphql")
            .Order(StringComparer.Ordinal)

            // GetString keeps a leading BOM, which the lexer must see and ignore.
            .Select(path => (Path.GetFileNameWithoutExtension(path), new UTF8Encoding(false).GetString(File.ReadAllBytes(path))))
            .ToList();
    }

    private static string FindRepositoryRoot()
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
