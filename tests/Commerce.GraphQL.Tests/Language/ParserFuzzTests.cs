using System.Text;
using Commerce.GraphQL.Language;
using Xunit.Abstractions;

namespace Commerce.GraphQL.Tests.Language;

/// <summary>
/// Feeds the parser random and mutated documents from a fixed seed: each must end in a document or a syntax error,
/// never in another exception; and whatever parses must print to text that parses and prints the same again.
/// </summary>
public class ParserFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20211026;
    private const int Documents = 110_000;

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "&", "|", "...", "..", ".", ",", " ", "\n", "\r", "\r\n", "\t", "\uFEFF",
        "#", "\"", "\"\"\"", "\\", "\\\"\"\"", "\\u", "\\u{", "\\uD83D", "\\uDE00", "'", "0", "1", "-", "-0", "00", "1.5", "1e", "e", "E",
        "+", "x", "_", "a", "on", "query", "mutation", "subscription", "fragment", "type", "schema", "scalar", "interface", "union",
        "enum", "input", "directive", "extend", "implements", "repeatable", "true", "false", "null", "FIELD", "\u00e9", "\U0001F600",
        "\uD800", "\uDC00", "\u0000", "\u007F", "?",
    ];

    [Fact]
    public void Every_random_or_mutated_document_ends_in_a_document_or_a_syntax_error()
    {
        var random = new Random(Seed);
        var seeds = Corpus.Valid.Concat(Corpus.Invalid).Select(d => d.Source).ToArray();
        var failures = new List<string>();
        var parsed = 0;
        var rejected = 0;

        for (var i = 0; i < Documents; i++)
        {
            var source = (i % 4) switch
            {
                0 => RandomTokens(random),
                1 => Reshape(random, Corpus.Valid[random.Next(Corpus.Valid.Count)].Source),
                _ => Mutate(random, seeds[random.Next(seeds.Length)], seeds),
            };

            switch (Check(source))
            {
                case null:
                    parsed++;
                    break;
                case "":
                    rejected++;
                    break;
                case var failure:
                    failures.Add($"#{i}: {failure}\n  source: {Escape(source)}");
                    break;
            }
        }

        output.WriteLine($"{parsed} parsed and printed stably, {rejected} rejected with a syntax error");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(20)));
        Assert.Equal(Documents, parsed + rejected);

        // Both outcomes are exercised in bulk, so neither path goes untested.
        Assert.True(parsed > Documents / 20, $"only {parsed} documents parsed");
        Assert.True(rejected > Documents / 20, $"only {rejected} documents were rejected");
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[")]
    [InlineData("{ a ")]
    [InlineData("{ f(a: [")]
    public void Hundred_thousand_deep_nesting_is_handled_like_any_other_input(string level)
    {
        var source = string.Concat(Enumerable.Repeat(level, 100_000));
        Assert.Equal("", Check(source));
        Assert.Equal("", Check(source + string.Concat(Enumerable.Repeat("}", 100_000))));
    }

    /// <summary>null when the source parses and prints stably, "" for a syntax error, else a description of the failure.</summary>
    private static string? Check(string source)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException)
        {
            return "";
        }
        catch (Exception e)
        {
            return $"parse threw {e.GetType().Name}: {e.Message}";
        }

        // graphql-js prints "input J @d" followed by a shorthand query "{ a }" as text that reads back as input fields;
        // so do we, by design. The printing fixed point is checked on documents that do not mix the two kinds.
        try
        {
            var printed = Printer.Print(document);
            if (document.Definitions.Any(d => d is ExecutableDefinitionNode) && document.Definitions.Any(d => d is TypeSystemDefinitionNode))
            {
                return printed.Length > 0 ? null : "printed nothing";
            }

            var reprinted = Printer.Print(Parser.Parse(printed));
            return printed == reprinted ? null : $"printing is not stable:\n{printed}\n---\n{reprinted}";
        }
        catch (Exception e)
        {
            return $"printing or reparsing threw {e.GetType().Name}: {e.Message}";
        }
    }

    private static string RandomTokens(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 60);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
            if (random.Next(3) == 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>Mild mutations that mostly keep a valid document valid: a letter or digit for another, a valid document appended.</summary>
    private static string Reshape(Random random, string source)
    {
        var text = new StringBuilder(source);
        for (var m = random.Next(1, 4); m > 0 && text.Length > 0; m--)
        {
            var position = random.Next(text.Length);
            var c = text[position];
            if (char.IsAsciiDigit(c))
            {
                text[position] = (char)('0' + random.Next(10));
            }
            else if (char.IsAsciiLetter(c))
            {
                text[position] = (char)((random.Next(2) == 0 ? 'a' : 'A') + random.Next(26));
            }
            else
            {
                text.Append('\n').Append(Corpus.Valid[random.Next(Corpus.Valid.Count)].Source);
            }
        }

        return text.ToString();
    }

    private static string Mutate(Random random, string source, string[] seeds)
    {
        var text = new StringBuilder(source);
        var mutations = random.Next(1, 5);
        for (var m = 0; m < mutations; m++)
        {
            var position = text.Length == 0 ? 0 : random.Next(text.Length + 1);
            switch (random.Next(7))
            {
                case 0 when text.Length > 0:
                    // Flip one character to another, anywhere in the UTF-16 range.
                    text[Math.Min(position, text.Length - 1)] = (char)random.Next(0, 0x10000);
                    break;
                case 1:
                    text.Length = position;
                    break;
                case 2 when text.Length > 0:
                {
                    var length = random.Next(1, Math.Min(40, text.Length) + 1);
                    var start = random.Next(text.Length - length + 1);
                    text.Insert(position, text.ToString(start, length));
                    break;
                }

                case 3 when text.Length > 0:
                {
                    var length = random.Next(1, Math.Min(20, text.Length - Math.Min(position, text.Length - 1)) + 1);
                    text.Remove(Math.Min(position, text.Length - 1), Math.Min(length, text.Length - Math.Min(position, text.Length - 1)));
                    break;
                }

                case 4:
                    text.Insert(position, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 5:
                {
                    var other = seeds[random.Next(seeds.Length)];
                    text.Insert(position, other[random.Next(other.Length + 1)..]);
                    break;
                }

                default:
                    text.Insert(position, RandomTokens(random));
                    break;
            }
        }

        return text.ToString();
    }

    private static string Escape(string source) =>
        string.Concat(source.Take(400).Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
