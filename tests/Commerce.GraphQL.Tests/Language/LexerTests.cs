using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Tests.Language;

public class LexerTests
{
    private static List<(TokenKind Kind, string? Value)> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<(TokenKind, string?)>();
        for (var token = lexer.Read(); token.Kind != TokenKind.EndOfFile; token = lexer.Read())
        {
            tokens.Add((token.Kind, lexer.GetValue(token)));
        }

        return tokens;
    }

    private static Token Single(string source)
    {
        var lexer = new Lexer(source);
        var token = lexer.Read();
        Assert.Equal(TokenKind.EndOfFile, lexer.Read().Kind);
        return token;
    }

    private static string? ValueOf(string source)
    {
        var lexer = new Lexer(source);
        var token = lexer.Read();
        return lexer.GetValue(token);
    }

    private static GraphQLSyntaxException LexError(string source)
    {
        try
        {
            var lexer = new Lexer(source);
            while (lexer.Read().Kind != TokenKind.EndOfFile)
            {
            }
        }
        catch (GraphQLSyntaxException e)
        {
            return e;
        }

        throw new Xunit.Sdk.XunitException($"lexing {source} succeeded");
    }

    [Fact]
    public void Reads_every_punctuator()
    {
        Assert.Equal(
            [TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread, TokenKind.Colon,
             TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR],
            Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind));
    }

    [Fact]
    public void Skips_white_space_commas_comments_and_byte_order_marks()
    {
        Assert.Equal([(TokenKind.Name, "a"), (TokenKind.Name, "b2")], Lex("\uFEFF ,\t a,,# comment , b\n# another\r\n ,\rb2"));
        Assert.Empty(Lex("# only a comment"));
    }

    [Fact]
    public void Reads_names_as_letters_digits_and_underscores_not_starting_with_a_digit()
    {
        Assert.Equal([(TokenKind.Name, "_a9Z"), (TokenKind.Name, "__typename"), (TokenKind.Name, "b")], Lex("_a9Z __typename b"));
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("-1234567890", TokenKind.Int)]
    [InlineData("0.0", TokenKind.Float)]
    [InlineData("-1.5", TokenKind.Float)]
    [InlineData("1e10", TokenKind.Float)]
    [InlineData("1E-10", TokenKind.Float)]
    [InlineData("6.0221413e+23", TokenKind.Float)]
    [InlineData("0e0", TokenKind.Float)]
    public void Reads_numbers_keeping_their_text(string source, TokenKind kind)
    {
        var token = Single(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, ValueOf(source));
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("0x1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.a", "Invalid number, expected digit but got: \"a\".", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e+", "Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData("1.0.1", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("12abc", "Invalid number, expected digit but got: \"a\".", 3)]
    [InlineData("1.5_", "Invalid number, expected digit but got: \"_\".", 4)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1\u00e9", "Unexpected character: U+00E9.", 2)]
    public void Rejects_malformed_numbers_at_the_offending_character(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((1, column), (error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u{1234}\\u{00000041}\"", "\u1234A")]
    [InlineData("\"\\u{1F600} \\u{10FFFF}\"", "\U0001F600 \U0010FFFF")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\\uD83D\\uDE00\"", "\U0001F600\U0001F600")]
    [InlineData("\"\U0001F600 and \u00e9\"", "\U0001F600 and \u00e9")]
    [InlineData("\"\\u0000 nul\"", "\0 nul")]
    public void Decodes_string_escapes(string source, string value)
    {
        Assert.Equal(TokenKind.String, Single(source).Kind);
        Assert.Equal(value, ValueOf(source));
    }

    [Theory]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".", 2)]
    [InlineData("\"\\u{FXXX}\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 2)]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 2)]
    [InlineData("\"\\u{DBFF}\"", "Invalid Unicode escape sequence: \"\\u{DBFF}\".", 2)]
    [InlineData("\"\\u{FFFFFFFF}\"", "Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 2)]
    [InlineData("\"\\uDBFF\"", "Invalid Unicode escape sequence: \"\\uDBFF\".", 2)]
    [InlineData("\"\\uDEAD\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 2)]
    [InlineData("\"\\uD800\\uD800\"", "Invalid Unicode escape sequence: \"\\uD800\".", 2)]
    [InlineData("\"a \\uD800\\u{DC00}\"", "Invalid Unicode escape sequence: \"\\uD800\".", 4)]
    [InlineData("\"\\u1\"", "Invalid Unicode escape sequence: \"\\u1\"\".", 2)]
    [InlineData("\"\\z\"", "Invalid character escape sequence: \"\\z\".", 2)]
    [InlineData("\"no end", "Unterminated string.", 8)]
    [InlineData("\"line\nbreak\"", "Unterminated string.", 6)]
    [InlineData("\"\\", "Invalid character escape sequence: \"\\\".", 2)]
    [InlineData("'single'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    public void Rejects_malformed_strings(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Location.Column);
    }

    [Theory]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("\u00a0", "Unexpected character: U+00A0.")]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.")]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("\"", "Unterminated string.")]
    [InlineData("..", "Unexpected character: \".\".")]
    public void Rejects_characters_that_begin_no_token(string source, string message)
    {
        Assert.Equal("Syntax Error: " + message, LexError(source).Message);
    }

    // Lone surrogates cannot travel through theory data (it is serialized as UTF-8), so these build their sources.
    [Fact]
    public void Rejects_lone_surrogates_in_source_text_but_accepts_surrogate_pairs()
    {
        var leading = ((char)0xD800).ToString();
        var trailing = ((char)0xDC00).ToString();
        Assert.Equal("Syntax Error: Invalid character: U+D800.", LexError(leading).Message);
        Assert.Equal("Syntax Error: Invalid character: U+DC00.", LexError(trailing + leading).Message);
        var inString = LexError("\"lone " + leading + "\"");
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", inString.Message);
        Assert.Equal(7, inString.Location.Column);
        Assert.Equal("Syntax Error: Invalid character within String: U+DC00.", LexError("\"" + trailing + "x\"").Message);
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", LexError("\"\"\"block " + leading + "\"\"\"").Message);
        Assert.Equal("Syntax Error: Unexpected character: U+1F600.", LexError("\uD83D\uDE00").Message);
    }

    [Fact]
    public void A_lone_surrogate_ends_a_comment_and_is_then_rejected()
    {
        var error = LexError("# comment \uD800 more");
        Assert.Equal("Syntax Error: Invalid character: U+D800.", error.Message);
        Assert.Equal(11, error.Location.Column);
    }

    [Fact]
    public void Counts_lines_across_every_line_terminator_and_inside_block_strings()
    {
        var lexer = new Lexer("a\nb\r\nc\rd\n\"\"\"x\r\ny\rz\"\"\" e\n  f");
        var positions = new List<(int, int)>();
        for (var token = lexer.Read(); token.Kind != TokenKind.EndOfFile; token = lexer.Read())
        {
            positions.Add((token.Line, token.Column));
        }

        Assert.Equal([(1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (7, 6), (8, 3)], positions);
    }

    [Fact]
    public void Records_offsets_of_each_token()
    {
        var lexer = new Lexer("  foo(bar: \"baz\") ...");
        Assert.Equal(new Token(TokenKind.Name, 2, 5, 1, 3), lexer.Read());
        Assert.Equal(new Token(TokenKind.ParenL, 5, 6, 1, 6), lexer.Read());
        Assert.Equal(new Token(TokenKind.Name, 6, 9, 1, 7), lexer.Read());
        Assert.Equal(new Token(TokenKind.Colon, 9, 10, 1, 10), lexer.Read());
        Assert.Equal(new Token(TokenKind.String, 11, 16, 1, 12), lexer.Read());
        Assert.Equal(new Token(TokenKind.ParenR, 16, 17, 1, 17), lexer.Read());
        Assert.Equal(new Token(TokenKind.Spread, 18, 21, 1, 19), lexer.Read());
        Assert.Equal(new Token(TokenKind.EndOfFile, 21, 21, 1, 22), lexer.Read());
        Assert.Equal(TokenKind.EndOfFile, lexer.Read().Kind);
    }
}
