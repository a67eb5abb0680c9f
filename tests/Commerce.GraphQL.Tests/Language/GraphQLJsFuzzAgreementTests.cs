using System.Text;
using Commerce.GraphQL.Language;
using Xunit.Abstractions;

namespace Commerce.GraphQL.Tests.Language;

/// <summary>
/// Differential test: mutated corpus documents and random token sequences go through our parser and graphql-js (one node run) and must get the
/// same verdict: the same printed text, or the same syntax error message at the same line and column.
/// graphql-js 16.15 also reads descriptions on operations, fragments and variable definitions (a grammar newer than the
/// October 2021 edition we implement); where we reject such a description, the verdicts differ by design and are counted apart.
/// </summary>
public class GraphQLJsFuzzAgreementTests(ITestOutputHelper output)
{
    private const int Seed = 1026;
    private const int Documents = 20_000;

    [Fact]
    public void Mutated_documents_get_the_same_verdict_from_graphql_js_and_from_us()
    {
        var random = new Random(Seed);
        var seeds = Corpus.Valid.Concat(Corpus.Invalid).Select(d => d.Source).ToArray();
        var sources = new List<string>();
        while (sources.Count < Documents)
        {
            var source = sources.Count % 4 == 0 ? RandomTokens(random) : Mutate(random, seeds[random.Next(seeds.Length)]);

            // A mutation may split a surrogate pair; JSON cannot carry a lone surrogate to node, and the unit tests cover them.
            if (!HasLoneSurrogate(source))
            {
                sources.Add(source);
            }
        }

        var verdicts = GraphQLJs.PrintAll(sources);
        var disagreements = new List<string>();
        var agreedParsed = 0;
        var agreedRejected = 0;
        var executableDescriptions = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            var expected = verdicts[i];
            var wanted = expected.Ok ? "printed:\n" + expected.Printed : $"{expected.Message} ({expected.Line}:{expected.Column})";
            string actual;
            try
            {
                actual = "printed:\n" + Printer.Print(Parser.Parse(sources[i]));
            }
            catch (GraphQLSyntaxException e)
            {
                actual = $"{e.Message} ({e.Location.Line}:{e.Location.Column})";
            }

            if (actual != wanted && IsExecutableDescription(actual))
            {
                executableDescriptions++;
            }
            else if (actual == wanted)
            {
                _ = expected.Ok ? agreedParsed++ : agreedRejected++;
            }
            else
            {
                disagreements.Add($"#{i} {Escape(sources[i])}\n  graphql-js: {wanted}\n  ours:       {actual}");
            }
        }

        output.WriteLine(
            $"{agreedParsed} printed alike, {agreedRejected} rejected alike, {executableDescriptions} executable descriptions, {disagreements.Count} differ");
        Assert.True(executableDescriptions < Documents / 100, $"{executableDescriptions} executable descriptions");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {Documents} differ:\n" + string.Join("\n", disagreements.Take(15)));
    }

    /// <summary>Our rejections of a string where graphql-js 16.15 reads an executable definition's description.</summary>
    private static bool IsExecutableDescription(string ourVerdict) =>
        ourVerdict.StartsWith("Syntax Error: Unexpected description, descriptions are supported only on type definitions.", StringComparison.Ordinal)
        || ourVerdict.StartsWith("Syntax Error: Expected \"$\", found String ", StringComparison.Ordinal)
        || ourVerdict.StartsWith("Syntax Error: Expected \"$\", found BlockString ", StringComparison.Ordinal);

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "&", "|", "...", ",", " ", "\n", "\r\n", "\"", "\"\"\"", "\\", "#",
        "0", "1", "-", "1.5", "2e3", "\"s\"", "a", "on", "query", "mutation", "fragment", "type", "schema", "scalar", "interface",
        "union", "enum", "input", "directive", "extend", "implements", "repeatable", "true", "null", "FIELD", "OBJECT",
    ];

    private static string RandomTokens(Random random)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(1, 40); i > 0; i--)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]).Append(random.Next(2) == 0 ? " " : "");
        }

        return builder.ToString();
    }

    private static string Mutate(Random random, string source)
    {
        var text = new StringBuilder(source);
        for (var m = random.Next(1, 3); m > 0; m--)
        {
            var position = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0 when text.Length > 0:
                    // Printable ASCII and a few non-ASCII characters; no lone surrogates, which JSON cannot carry to node.
                    const string alphabet = "{}()[]:=@$!&|.,\"\\'#-+_019eEaxonu \n\r\t\u00e9\uFEFF";
                    text[Math.Min(position, text.Length - 1)] = alphabet[random.Next(alphabet.Length)];
                    break;
                case 1:
                    text.Length = position;
                    break;
                case 2 when text.Length > 0:
                    text.Remove(Math.Min(position, text.Length - 1), 1);
                    break;
                default:
                    text.Insert(position, new[] { "{", "}", "\"", "\"\"\"", "\\", "...", "$a", "@d", "on", "1.", "0x", "#", "\n" }[random.Next(13)]);
                    break;
            }
        }

        return text.ToString();
    }

    private static string Escape(string source) =>
        string.Concat(source.Take(300).Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
