using System.Text.RegularExpressions;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Validation;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>
/// Validates a folder of corpus files (documents separated by lines "# ---") with graphql-js through node and with
/// our validator, as comparable sets of "message @ line:column ..." strings.
/// </summary>
internal static partial class GraphQLJsReference
{
    public const string SyntaxError = "<syntax error>";

    /// <summary>graphql-js's verdict per "file#index": its errors, or null when graphql-js threw instead of answering.</summary>
    public static Dictionary<string, HashSet<string>?> Run(string directory)
    {
        using var json = NodeRunner.Run("validate-corpus.js", ValidationHarness.SchemaPath, directory);
        var result = new Dictionary<string, HashSet<string>?>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            if (entry.Value.TryGetProperty("crash", out _))
            {
                result[entry.Name] = null;
                continue;
            }

            var errors = new HashSet<string>();
            if (entry.Value.GetProperty("syntax").GetBoolean())
            {
                errors.Add(SyntaxError);
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

    /// <summary>Our verdict on one document of the folder, and the rules that fired.</summary>
    public static (HashSet<string> Errors, HashSet<string> Rules) Ours(string directory, string key)
    {
        var hash = key.LastIndexOf('#');
        var source = Documents(directory, key[..hash])[int.Parse(key[(hash + 1)..])];
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException)
        {
            return ([SyntaxError], []);
        }

        var errors = DocumentValidator.Validate(ValidationHarness.Schema, document);
        return (
            errors.Select(e => e.Message + " @ " + string.Join(" ", e.Locations?.Select(l => $"{l.Line}:{l.Column}") ?? [])).ToHashSet(),
            errors.Select(e => e.Extensions?.GetValueOrDefault("rule") as string).OfType<string>().ToHashSet());
    }

    private static readonly Dictionary<string, string[]> Cache = [];

    /// <summary>The documents of one corpus file, split exactly as the node script splits them.</summary>
    public static string[] Documents(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        lock (Cache)
        {
            if (!Cache.TryGetValue(path, out var documents))
            {
                var text = File.ReadAllText(path).Replace("\r\n", "\n");
                Cache[path] = documents = Separator().Split(text);
            }

            return documents;
        }
    }

    [GeneratedRegex("^# ---$", RegexOptions.Multiline)]
    private static partial Regex Separator();
}
