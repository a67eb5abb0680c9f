using System.Text.Json.Nodes;

namespace Commerce.GraphQL.Tests.Execution.CrossCheck;

/// <summary>The operations of Execution/corpus and graphql-js's results for them (one node run for the whole corpus).</summary>
public sealed class StarWarsCorpus
{
    private readonly Lazy<IReadOnlyDictionary<string, JsonObject>> _expected = new(LoadExpected);

    public static string Directory => Path.Combine(NodeScripts.TestProjectDirectory, "Execution", "corpus");

    public static IEnumerable<string> Names =>
        System.IO.Directory.GetFiles(Directory, "*.graphql").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public JsonObject Expected(string name) => _expected.Value[name];

    public static string Source(string name) => File.ReadAllText(Path.Combine(Directory, name));

    /// <summary>A "#@key value" header line of a corpus file.</summary>
    public static string? Header(string source, string key)
    {
        foreach (var line in source.Split('\n'))
        {
            if (line.StartsWith("#@" + key + " ", StringComparison.Ordinal))
            {
                return line[(key.Length + 3)..].Trim();
            }
        }

        return null;
    }

    private static IReadOnlyDictionary<string, JsonObject> LoadExpected()
    {
        var output = JsonNode.Parse(NodeScripts.Run("starwars.js", Directory))!.AsArray();
        return output.ToDictionary(entry => (string)entry!["name"]!, entry => entry!["result"]!.AsObject());
    }
}
