using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Tests.Language;

/// <summary>The spec's BlockStringValue() (2.9.4) and graphql-js's block string printing.</summary>
public class BlockStringTests
{
    private static string? Lexed(string source)
    {
        var lexer = new Lexer(source);
        var token = lexer.Read();
        Assert.Equal(TokenKind.BlockString, token.Kind);
        return lexer.GetValue(token);
    }

    [Fact]
    public void Removes_the_common_indentation_and_the_blank_first_and_last_lines_as_the_spec_example_shows()
    {
        const string source = "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"";
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", Lexed(source));
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"\n\n  \n\t\n\"\"\"", "")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"\\\"\"\"\\\"\"\"\"\"\"", "\"\"\"\"\"\"")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\r\nline\rnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"  first line keeps its indent\n  second\"\"\"", "  first line keeps its indent\nsecond")]
    [InlineData("\"\"\"\n  a\n\n    b\n  \n  c\n\"\"\"", "a\n\n  b\n\nc")]
    [InlineData("\"\"\"\n\t\ta\n\t\t\tb\n\"\"\"", "a\n\tb")]
    [InlineData("\"\"\"\n  a\n      \n  b\n\"\"\"", "a\n    \nb")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    public void Computes_block_string_values(string source, string value)
    {
        Assert.Equal(value, Lexed(source));
    }

    [Fact]
    public void Rejects_an_unterminated_block_string_at_the_end_of_the_source()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ f(a: \"\"\"\n  open\n  still\")}"));
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
        Assert.Equal((3, 11), (error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("ends with slash\\", "\"\"\"\nends with slash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends \"\"\"", "\"\"\"\nends \\\"\"\"\n\"\"\"")]
    [InlineData("first\n  indented\n  continuation", "\"\"\"\nfirst\n  indented\n  continuation\n\"\"\"")]
    public void Prints_values_as_graphql_js_prints_block_strings(string value, string printed)
    {
        Assert.Equal(printed, BlockString.Print(value));
    }

    [Fact]
    public void Prints_lines_longer_than_seventy_characters_on_their_own_line()
    {
        var value = new string('x', 71);
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
        Assert.Equal("\"\"\"" + value[..70] + "\"\"\"", BlockString.Print(value[..70]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("two\nlines")]
    [InlineData(" leading space")]
    [InlineData("  \n  leading blank line kept")]
    [InlineData("trailing blank line kept\n  ")]
    [InlineData("ends with quote\"")]
    [InlineData("ends with slash\\")]
    [InlineData("\"\"\"")]
    [InlineData("a\n  b\n    c")]
    public void Printing_then_lexing_gives_back_the_value_when_it_survives_dedenting(string value)
    {
        // Values with leading or trailing blank lines cannot survive BlockStringValue(); graphql-js prints them anyway.
        var printed = BlockString.Print(value);
        var expected = value.Split('\n') is var lines && (lines[0].Trim().Length == 0 || lines[^1].Trim().Length == 0) && lines.Length > 1
            ? null
            : value;
        if (expected is not null)
        {
            Assert.Equal(expected, Lexed(printed));
        }
        else
        {
            Assert.NotEqual(value, Lexed(printed));
        }
    }
}
