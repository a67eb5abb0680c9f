using static Commerce.GraphQL.Tests.Support.SdlSchemas;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;
using Commerce.GraphQL.Validation;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>The shared test schema (corpus/schema.graphql) and helpers to validate a query against it.</summary>
internal static class ValidationHarness
{
    private static readonly Lazy<Schema> LazySchema = new(() => BuildFromSdl(File.ReadAllText(SchemaPath)));

    public static string RepositoryRoot { get; } = FindRoot();

    public static string CorpusDirectory => Path.Combine(RepositoryRoot, "tests", "Commerce.GraphQL.Tests", "Validation", "corpus");

    public static string SchemaPath => Path.Combine(CorpusDirectory, "schema.graphql");

    public static Schema Schema => LazySchema.Value;

    public static IReadOnlyList<GraphQLError> Validate(string query, ValidationOptions? options = null) =>
        DocumentValidator.Validate(Schema, Parser.Parse(query), options);

    /// <summary>The errors one rule reports, as (message, "line:column" list) pairs.</summary>
    public static List<(string Message, string Locations)> Errors(string rule, string query, Schema? schema = null)
    {
        var document = Parser.Parse(query);
        var factory = DocumentValidator.SpecifiedRules.Single(f => f(new ValidationContext(schema ?? Schema, document, ValidationOptions.Default)).Name == rule);
        return DocumentValidator.Validate(schema ?? Schema, document, [factory])
            .Select(e => (e.Message, string.Join(" ", e.Locations?.Select(l => $"{l.Line}:{l.Column}") ?? [])))
            .ToList();
    }

    private static string FindRoot()
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

    public static void ExpectValid(string rule, string query) => Assert.Empty(Errors(rule, query));

    public static void ExpectErrors(string rule, string query, params (string Message, string Locations)[] expected) =>
        Assert.Equal(expected.ToList(), Errors(rule, query));
}
