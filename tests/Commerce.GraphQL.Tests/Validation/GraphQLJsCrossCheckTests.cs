using Commerce.GraphQL.Language;
using Commerce.GraphQL.Validation;
using Xunit.Abstractions;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>
/// Validates every document of corpus/*.graphql with graphql-js 16 (through node) and with our validator: both must
/// agree on the verdict and, for invalid documents, on the exact set of messages and their locations.
/// </summary>
public sealed class GraphQLJsCrossCheckTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_gets_the_same_errors_as_graphql_js()
    {
        var directory = ValidationHarness.CorpusDirectory;
        var reference = GraphQLJsReference.Run(directory);
        var disagreements = new List<string>();
        var invalid = 0;
        var ruleCounts = new Dictionary<string, int>();
        foreach (var (key, expected) in reference)
        {
            Assert.True(expected is not null, $"graphql-js threw on {key}; keep such documents out of the corpus");
            var ours = GraphQLJsReference.Ours(directory, key);
            if (expected.Count > 0)
            {
                invalid++;
            }

            if (!expected.SetEquals(ours.Errors))
            {
                disagreements.Add($"{key}:\n  graphql-js only: {string.Join("\n    ", expected.Except(ours.Errors))}\n  ours only: {string.Join("\n    ", ours.Errors.Except(expected))}");
            }

            foreach (var rule in ours.Rules)
            {
                ruleCounts[rule] = ruleCounts.GetValueOrDefault(rule) + 1;
            }
        }

        output.WriteLine($"{reference.Count - disagreements.Count} of {reference.Count} documents agree ({invalid} invalid); documents per rule: {string.Join(", ", ruleCounts.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}"))}");
        disagreements.ForEach(output.WriteLine);
        Assert.True(reference.Count >= 300, $"the corpus has only {reference.Count} documents");
        Assert.Empty(disagreements);
        var allRules = DocumentValidator.SpecifiedRules.Select(f => f(new ValidationContext(ValidationHarness.Schema, new DocumentNode([]), ValidationOptions.Default)).Name);
        Assert.All(allRules, rule => Assert.True(ruleCounts.GetValueOrDefault(rule) >= 5, $"{rule} fires in only {ruleCounts.GetValueOrDefault(rule)} documents"));
    }
}
