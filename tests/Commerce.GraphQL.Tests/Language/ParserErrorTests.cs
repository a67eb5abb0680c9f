using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Tests.Language;

public class ParserErrorTests
{
    private static GraphQLSyntaxException Fails(string source, ParserOptions? options = null) =>
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));

    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a }}", "Unexpected \"}\".", 1, 6)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ f(a: 0x) }", "Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ f(a: \"x) }", "Unterminated string.", 1, 13)]
    [InlineData("query Q($a: Int = $b) { f }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("\n\n  notAKeyword { a }", "Unexpected Name \"notAKeyword\".", 3, 3)]
    [InlineData("enum E { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on NOPE", "Unexpected Name \"NOPE\".", 1, 17)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("\"d\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"d\" extend scalar S @a", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    public void Reports_graphql_js_messages_at_the_offending_token(string source, string message, int line, int column)
    {
        var error = Fails(source);

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        var reported = Assert.Single(error.Errors);
        Assert.Equal(ErrorCodes.SyntaxError, reported.Code);
        Assert.Equal(error.Location, Assert.Single(reported.Locations!));
    }

    [Theory]
    [InlineData("\"d\" query { a }")]
    [InlineData("\"d\" mutation M { a }")]
    [InlineData("\"\"\"d\"\"\" fragment F on T { a }")]
    public void Rejects_descriptions_on_executable_definitions_as_the_October_2021_grammar_does(string source)
    {
        Assert.Equal("Syntax Error: Unexpected description, descriptions are supported only on type definitions.", Fails(source).Message);
    }

    [Fact]
    public void Rejects_a_description_on_a_variable_definition()
    {
        Assert.Equal("Syntax Error: Expected \"$\", found String \"d\".", Fails("query ($a: Int, \"d\" $b: Int) { f }").Message);
    }

    [Fact]
    public void Aborts_when_the_document_holds_more_tokens_than_allowed()
    {
        var options = new ParserOptions { MaxTokens = 5 };

        Assert.Single(Parser.Parse("{ a b c }", options).Definitions);
        var error = Fails("{ a b c d }", options);
        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(11, error.Location.Column);
    }

    [Fact]
    public void Does_not_count_comments_and_commas_as_tokens()
    {
        Assert.Single(Parser.Parse("{ a, # one\n b,,, # two\n c }", new ParserOptions { MaxTokens = 5 }).Definitions);
    }

    [Fact]
    public void The_default_token_limit_is_15000()
    {
        var fields = string.Join(' ', Enumerable.Repeat("a", 14_998));
        Assert.Single(Parser.Parse("{ " + fields + " }").Definitions);
        Assert.Equal(
            "Syntax Error: Document contains more than 15000 tokens. Parsing aborted.",
            Fails("{ " + fields + " a }").Message);
    }

    [Theory]
    [InlineData("{ a { b { c } } }", 3, true)]
    [InlineData("{ a { b { c { d } } } }", 3, false)]
    [InlineData("{ f(a: [[1]]) }", 3, true)]
    [InlineData("{ f(a: [[[1]]]) }", 3, false)]
    [InlineData("{ f(a: {b: {c: 1}}) }", 3, true)]
    [InlineData("{ f(a: {b: {c: {d: 1}}}) }", 3, false)]
    [InlineData("query ($a: [[Int]]) { f }", 2, true)]
    [InlineData("query ($a: [[[Int]]]) { f }", 2, false)]
    public void Bounds_the_nesting_of_selection_sets_values_and_list_types(string source, int maxDepth, bool accepted)
    {
        var options = new ParserOptions { MaxDepth = maxDepth };
        if (accepted)
        {
            Assert.NotEmpty(Parser.Parse(source, options).Definitions);
        }
        else
        {
            Assert.Equal($"Syntax Error: Document contains more than {maxDepth} levels of nesting. Parsing aborted.", Fails(source, options).Message);
        }
    }

    [Theory]
    [InlineData("{ f(a: ", "[")]
    [InlineData("{ f(a: ", "{b: ")]
    [InlineData("query ($a: ", "[")]
    [InlineData("", "{ a ")]
    [InlineData("type T { f: ", "[")]
    public void A_hundred_thousand_levels_of_nesting_is_a_syntax_error_not_a_stack_overflow(string prefix, string level)
    {
        var source = prefix + string.Concat(Enumerable.Repeat(level, 100_000));

        var error = Fails(source, new ParserOptions { MaxTokens = int.MaxValue });

        Assert.Equal("Syntax Error: Document contains more than 256 levels of nesting. Parsing aborted.", error.Message);
    }

    [Theory]
    [InlineData('{')]
    [InlineData('[')]
    public void A_hundred_thousand_opening_brackets_are_a_syntax_error(char bracket)
    {
        var source = new string(bracket, 100_000);

        Fails(source);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(source));
    }

    [Fact]
    public void A_depth_limit_larger_than_the_stack_still_ends_in_a_syntax_error()
    {
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue };
        var source = new string('[', 1_000_000);

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(source, options));
        Assert.Equal("Syntax Error: Document is nested too deeply for the parser's stack. Parsing aborted.", error.Message);
    }
}
