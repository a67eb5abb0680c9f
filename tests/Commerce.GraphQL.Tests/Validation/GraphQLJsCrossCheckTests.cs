using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Validation;
using Xunit.Abstractions;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>
/// Validates every document of corpus/*.graphql with graphql-js 16 (through node) and with our validator: both must
/// agree on the verdict and, for invalid documents, on the exact set of messages and their locations.
/// </summary>
public sealed partial class GraphQLJsCrossCheckTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_gets_the_same_errors_as_graphql_js()
    {
        var reference = RunGraphQLJs();
        var disagreements = new List<string>();
        var invalid = 0;
        var ruleCounts = new Dictionary<string, int>();
        foreach (var (key, expected) in reference)
        {
            var ours = Ours(key);
            if (expected.Count > 0)
            {
                invalid++;
            }

            var missing = expected.Except(ours.Errors).ToList();
            var extra = ours.Errors.Except(expected).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                disagreements.Add($"{key}:\n  graphql-js only: {string.Join("\n    ", missing)}\n  ours only: {string.Join("\n    ", extra)}");
            }

            foreach (var rule in ours.Rules)
            {
                ruleCounts[rule] = ruleCounts.GetValueOrDefault(rule) + 1;
            }
        }

        output.WriteLine($"{reference.Count - disagreements.Count} of {reference.Count} documents agree ({invalid} invalid); documents per rule: {string.Join(", ", ruleCounts.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}"))}");
        foreach (var disagreement in disagreements)
        {
            output.WriteLine(disagreement);
        }

        Assert.True(reference.Count >= 300, $"the corpus has only {reference.Count} documents");
        Assert.Empty(disagreements);
        var allRules = DocumentValidator.SpecifiedRules.Select(f => f(new ValidationContext(ValidationHarness.Schema, new DocumentNode([]), ValidationOptions.Default)).Name);
        Assert.All(allRules, rule => Assert.True(ruleCounts.GetValueOrDefault(rule) >= 5, $"{rule} fires in only {ruleCounts.GetValueOrDefault(rule)} documents"));
    }

    private static Dictionary<string, HashSet<string>> RunGraphQLJs()
    {
        using var json = NodeRunner.Run("validate-corpus.js", ValidationHarness.SchemaPath, ValidationHarness.CorpusDirectory);
        var result = new Dictionary<string, HashSet<string>>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var errors = new HashSet<string>();
            if (entry.Value.GetProperty("syntax").GetBoolean())
            {
                errors.Add("<syntax error>");
            }

            foreach (var error in entry.Value.GetProperty("errors").EnumerateArray())
            {
                var locations = string.Join(" ", error.GetProperty("locations").EnumerateArray().Select(l => l.GetString()));
                errors.Add(error.GetProperty("message").GetString() + " @ " + locations);
            }

            result[entry.Name] = errors;
        }

        return result;
    }

    private static (HashSet<string> Errors, HashSet<string> Rules) Ours(string key)
    {
        var hash = key.LastIndexOf('#');
        var source = Documents(key[..hash])[int.Parse(key[(hash + 1)..])];
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException)
        {
            return (["<syntax error>"], []);
        }

        var errors = DocumentValidator.Validate(ValidationHarness.Schema, document);
        return (
            errors.Select(e => e.Message + " @ " + string.Join(" ", e.Locations?.Select(l => $"{l.Line}:{l.Column}") ?? [])).ToHashSet(),
            errors.Select(e => e.Extensions?.GetValueOrDefault("rule") as string).OfType<string>().ToHashSet());
    }

    private static readonly Dictionary<string, string[]> Cache = [];

    internal static string[] Documents(string file)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(file, out var documents))
            {
                var text = File.ReadAllText(Path.Combine(ValidationHarness.CorpusDirectory, file)).Replace("\r\n", "\n");
                Cache[file] = documents = Separator().Split(text);
            }

            return documents;
        }
    }

    [GeneratedRegex("^# ---$", RegexOptions.Multiline)]
    private static partial Regex Separator();
}
