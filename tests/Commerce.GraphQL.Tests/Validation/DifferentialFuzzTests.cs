using Xunit.Abstractions;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>
/// Seeded random mutations of the corpus, validated by graphql-js and by us: wherever both parse a document and
/// graphql-js answers, the error sets must be identical. This reaches rule combinations no hand-written case does.
/// </summary>
public sealed class DifferentialFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Documents = 4000;

    private readonly string _directory = Directory.CreateTempSubdirectory("validation-fuzz-").FullName;

    [Fact]
    public void Mutated_documents_get_the_same_errors_as_graphql_js()
    {
        var seeds = ValidationFuzzTests.LoadSeeds();
        var random = new Random(7091);
        var documents = new List<string>(Documents);
        for (var i = 0; i < Documents; i++)
        {
            documents.Add(ValidationFuzzTests.Mutate(seeds[random.Next(seeds.Count)], random));
        }

        File.WriteAllText(Path.Combine(_directory, "fuzz.graphql"), string.Join("\n# ---\n", documents));
        var reference = GraphQLJsReference.Run(_directory);
        int compared = 0, invalid = 0, crashed = 0, parserDisagreements = 0;
        var disagreements = new List<string>();
        foreach (var (key, expected) in reference)
        {
            var ours = GraphQLJsReference.Ours(_directory, key);
            if (expected is null)
            {
                crashed++;
                continue;
            }

            if (expected.Contains(GraphQLJsReference.SyntaxError) || ours.Errors.Contains(GraphQLJsReference.SyntaxError))
            {
                // Parsing is the language module's to cross-check; only documents both sides parse are compared here.
                parserDisagreements += expected.Contains(GraphQLJsReference.SyntaxError) == ours.Errors.Contains(GraphQLJsReference.SyntaxError) ? 0 : 1;
                continue;
            }

            compared++;
            invalid += expected.Count > 0 ? 1 : 0;
            if (!expected.SetEquals(ours.Errors) && disagreements.Count < 20)
            {
                var source = GraphQLJsReference.Documents(_directory, "fuzz.graphql")[int.Parse(key[(key.LastIndexOf('#') + 1)..])];
                disagreements.Add($"{source.Trim()}\n  graphql-js only: {string.Join("\n    ", expected.Except(ours.Errors))}\n  ours only: {string.Join("\n    ", ours.Errors.Except(expected))}");
            }
        }

        output.WriteLine($"{compared} parsed documents compared ({invalid} invalid), {disagreements.Count} disagreements; graphql-js threw on {crashed}; parser verdicts differed on {parserDisagreements}");
        disagreements.ForEach(output.WriteLine);
        Assert.True(compared > Documents / 2, $"only {compared} documents compared");
        Assert.Empty(disagreements);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
