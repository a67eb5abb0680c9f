using System.Text.Json.Nodes;

namespace Commerce.GraphQL.Tests.Execution.CrossCheck;

/// <summary>The operations of Execution/values/corpus and graphql-js's results for them (one node run).</summary>
public sealed class ValuesCorpus
{
    private readonly Lazy<IReadOnlyDictionary<string, JsonObject>> _expected = new(() =>
        JsonNode.Parse(NodeScripts.Run("values.js", ValuesSchema.Directory))!.AsArray()
            .ToDictionary(entry => (string)entry!["name"]!, entry => entry!["result"]!.AsObject()));

    public static string Directory => Path.Combine(ValuesSchema.Directory, "corpus");

    public static IEnumerable<string> Names =>
        System.IO.Directory.GetFiles(Directory, "*.graphql").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public JsonObject Expected(string name) => _expected.Value[name];

    public static string Source(string name) => File.ReadAllText(Path.Combine(Directory, name));
}
