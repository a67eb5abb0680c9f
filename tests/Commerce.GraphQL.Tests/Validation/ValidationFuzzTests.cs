using System.Text;
using System.Text.RegularExpressions;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Validation;
using Xunit.Abstractions;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>
/// Feeds seeded random mutations of the corpus documents through parse and validate: each must end in a result or
/// a GraphQL error, never in any other exception.
/// </summary>
public sealed partial class ValidationFuzzTests(ITestOutputHelper output)
{
    private const int Iterations = 100_000;

    private static readonly string[] Vocabulary =
    [
        "{", "}", "(", ")", "[", "]", ":", "!", "=", "@", "$", "...", "on", "query", "mutation", "subscription", "fragment",
        "dog", "cat", "pet", "name", "mother", "father", "catOrDog", "being", "beings", "human", "pets", "relatives",
        "complicatedArgs", "complexArgField", "oneOfArgField", "intArgField", "stringListArgField", "__typename", "__schema",
        "__type", "Dog", "Cat", "Pet", "Being", "CatOrDog", "ComplexInput", "OneOfInput", "Int", "String", "Boolean",
        "include", "skip", "if", "true", "false", "null", "1", "-2", "3.5", "\"s\"", "SIT", "BROWN", "$v", "F", "G",
        "requiredField", "stringField", "intField", "x", "y", "first", "newDog", "newCat", "repeatable", "onField",
    ];

    private static readonly string[] Names =
    [
        "dog", "cat", "pet", "name", "nickname", "mother", "father", "catOrDog", "dogOrHuman", "being", "beings", "human",
        "pets", "relatives", "iq", "barks", "meows", "complicatedArgs", "complexArgField", "oneOfArgField", "intArgField",
        "stringListArgField", "__typename", "__schema", "__type", "Dog", "Cat", "Pet", "Being", "Canine", "CatOrDog",
        "ComplexInput", "OneOfInput", "Int", "String", "Boolean", "include", "skip", "if", "F", "G", "requiredField",
        "stringField", "intField", "x", "y", "first", "newDog", "newCat", "repeatable", "onField", "unknown", "dogCommand",
    ];

    private static readonly string[] Values = ["1", "-2", "3.5", "\"s\"", "true", "null", "SIT", "BROWN", "[1, \"a\"]", "{requiredField: true}", "{stringField: null}", "$v", "$x"];

    private static readonly HashSet<string> Keywords = ["query", "mutation", "subscription", "fragment", "on", "true", "false", "null"];

    [Fact]
    public void Random_documents_end_in_a_result_or_a_GraphQL_error()
    {
        var seeds = LoadSeeds();
        var random = new Random(20261122);
        var options = new ValidationOptions { MaxDepth = 6, MaxCost = 500, MaxAliases = 5, MaxErrors = 20 };
        int parsed = 0, valid = 0, syntaxErrors = 0;
        var failures = new List<string>();
        for (var i = 0; i < Iterations; i++)
        {
            var source = i % 10 == 9 ? RandomTokens(random) : Mutate(seeds[random.Next(seeds.Count)], random);
            try
            {
                var document = Parser.Parse(source);
                parsed++;
                if (DocumentValidator.Validate(ValidationHarness.Schema, document, options).Count == 0)
                {
                    valid++;
                }
            }
            catch (GraphQLSyntaxException)
            {
                syntaxErrors++;
            }
            catch (GraphQLException)
            {
                syntaxErrors++;
            }
            catch (Exception exception) when (failures.Count < 10)
            {
                failures.Add($"{exception.GetType().Name}: {exception.Message}\n{source}\n{exception.StackTrace}");
            }
        }

        output.WriteLine($"{Iterations} documents: {parsed} parsed ({valid} valid), {syntaxErrors} refused by the parser");
        Assert.Empty(failures);
        Assert.Equal(Iterations, parsed + syntaxErrors);
        Assert.True(parsed > Iterations / 4, $"only {parsed} documents parsed; the mutations are too destructive to exercise validation");
    }

    internal static List<List<string>> LoadSeeds()
    {
        var seeds = new List<List<string>>();
        foreach (var file in Directory.GetFiles(ValidationHarness.CorpusDirectory, "*.graphql").Order())
        {
            if (Path.GetFileName(file) == "schema.graphql")
            {
                continue;
            }

            foreach (var document in GraphQLJsReference.Documents(ValidationHarness.CorpusDirectory, Path.GetFileName(file)))
            {
                seeds.Add(Token().Matches(document).Select(m => m.Value).ToList());
            }
        }

        return seeds;
    }

    internal static string Mutate(List<string> seed, Random random)
    {
        var tokens = new List<string>(seed);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits && tokens.Count > 0; e++)
        {
            // Most edits keep the document parseable (a name for a name, a value for a value), so validation runs.
            if (random.Next(10) < 8)
            {
                var start = random.Next(tokens.Count);
                for (var k = 0; k < tokens.Count; k++)
                {
                    var index = (start + k) % tokens.Count;
                    var token = tokens[index];
                    var isValue = char.IsAsciiDigit(token[0]) || token[0] is '-' or '"' || token is "true" or "false" or "null";
                    var isName = (char.IsAsciiLetter(token[0]) || token[0] == '_') && !Keywords.Contains(token);
                    if (isValue || isName)
                    {
                        tokens[index] = isValue ? Values[random.Next(Values.Length)] : Names[random.Next(Names.Length)];
                        break;
                    }
                }

                continue;
            }

            var at = random.Next(tokens.Count);
            switch (random.Next(6))
            {
                case 0:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                    break;
                case 2:
                    tokens[at] = Vocabulary[random.Next(Vocabulary.Length)];
                    break;
                case 3:
                    var other = random.Next(tokens.Count);
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
                case 4:
                    // Duplicate a stretch, which keeps brackets balanced more often than single-token edits.
                    var length = Math.Min(1 + random.Next(12), tokens.Count - at);
                    tokens.InsertRange(at, tokens.GetRange(at, length));
                    break;
                default:
                    tokens[at] = tokens[random.Next(tokens.Count)];
                    break;
            }
        }

        return string.Join(' ', tokens);
    }

    private static string RandomTokens(Random random)
    {
        var builder = new StringBuilder();
        var count = 1 + random.Next(40);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(' ');
        }

        return builder.ToString();
    }

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\]|\\\\.)*\"|\\.\\.\\.|[-]?[0-9][0-9.eE+-]*|[_A-Za-z][_0-9A-Za-z]*|\\$[_A-Za-z][_0-9A-Za-z]*|[^\\s,]")]
    private static partial Regex Token();
}
