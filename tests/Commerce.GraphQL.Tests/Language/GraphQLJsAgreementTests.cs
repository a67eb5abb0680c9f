using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Tests.Language;

/// <summary>Runs graphql-js once over the whole corpus (valid and invalid documents) for the agreement tests.</summary>
public sealed class GraphQLJsCorpusVerdicts
{
    public GraphQLJsCorpusVerdicts()
    {
        var verdicts = GraphQLJs.PrintAll([.. Corpus.Valid.Select(d => d.Source), .. Corpus.Invalid.Select(d => d.Source)]);
        Valid = verdicts.Take(Corpus.Valid.Count).ToList();
        Invalid = verdicts.Skip(Corpus.Valid.Count).ToList();
    }

    public IReadOnlyList<GraphQLJsVerdict> Valid { get; }

    public IReadOnlyList<GraphQLJsVerdict> Invalid { get; }
}

public class GraphQLJsAgreementTests(GraphQLJsCorpusVerdicts graphqlJs) : IClassFixture<GraphQLJsCorpusVerdicts>
{
    [Fact]
    public void Prints_every_valid_corpus_document_exactly_as_graphql_js_prints_it()
    {
        Assert.True(Corpus.Valid.Count >= 150, $"the valid corpus holds {Corpus.Valid.Count} documents");
        var disagreements = new List<string>();
        for (var i = 0; i < Corpus.Valid.Count; i++)
        {
            var (name, source) = Corpus.Valid[i];
            var expected = graphqlJs.Valid[i];
            Assert.True(expected.Ok, $"{name}: graphql-js rejects it: {expected.Message}");
            string actual;
            try
            {
                actual = Printer.Print(Parser.Parse(source));
            }
            catch (GraphQLSyntaxException e)
            {
                disagreements.Add($"{name}: we reject it: {e.Message}");
                continue;
            }

            if (actual != expected.Printed)
            {
                disagreements.Add($"{name}:\n--- graphql-js\n{expected.Printed}\n--- ours\n{actual}");
            }
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {Corpus.Valid.Count} differ:\n" + string.Join("\n\n", disagreements));
    }

    [Fact]
    public void Rejects_every_invalid_corpus_document_with_graphql_js_message_and_location()
    {
        Assert.True(Corpus.Invalid.Count >= 60, $"the invalid corpus holds {Corpus.Invalid.Count} documents");
        var disagreements = new List<string>();
        for (var i = 0; i < Corpus.Invalid.Count; i++)
        {
            var (name, source) = Corpus.Invalid[i];
            var expected = graphqlJs.Invalid[i];
            Assert.False(expected.Ok, $"{name}: graphql-js accepts it");
            try
            {
                Parser.Parse(source);
                disagreements.Add($"{name}: we accept it; graphql-js says {expected.Message}");
            }
            catch (GraphQLSyntaxException e)
            {
                var actual = $"{e.Message} ({e.Location.Line}:{e.Location.Column})";
                var wanted = $"{expected.Message} ({expected.Line}:{expected.Column})";
                if (actual != wanted)
                {
                    disagreements.Add($"{name}: graphql-js {wanted}, ours {actual}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {Corpus.Invalid.Count} differ:\n" + string.Join("\n", disagreements));
    }
}
