using System.Runtime.CompilerServices;

namespace Commerce.GraphQL.Language;

/// <summary>
/// A recursive-descent parser over the lexer's tokens, one method per grammar production, named as the spec names them.
/// It is a ref struct so that the lexer and its span live on the stack; token and depth limits bound the work.
/// </summary>
internal ref partial struct DocumentParser
{
    private Lexer _lexer;
    private Token _token;
    private int _lastTokenEnd;
    private int _tokenCount;
    private int _depth;
    private readonly int _maxTokens;
    private readonly int _maxDepth;

    public DocumentParser(ReadOnlySpan<char> source, ParserOptions options)
    {
        _lexer = new Lexer(source);
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0);
        Advance();
    }

    public void ExpectEndOfFile() => ExpectToken(TokenKind.EndOfFile);

    // Core utilities, mirroring the grammar's notations: optional tokens, keywords, and lists of one or more items.

    private readonly bool Peek(TokenKind kind) => _token.Kind == kind;

    private readonly bool PeekKeyword(string keyword) => _token.Kind == TokenKind.Name && _lexer.TextEquals(_token, keyword);

    private void Advance()
    {
        _lastTokenEnd = _token.End;
        _token = _lexer.Read();
        if (_token.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw Error(_token.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");
        }
    }

    /// <summary>The token after the current one, read from a copy of the lexer so that nothing is consumed.</summary>
    private readonly Token Lookahead()
    {
        var lexer = _lexer;
        return _token.Kind == TokenKind.EndOfFile ? _token : lexer.Read();
    }

    private Token ExpectToken(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw Error(token.Start, $"Expected {kind.Describe()}, found {Describe(token)}.");
        }

        Advance();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            throw Error(_token.Start, $"Expected \"{keyword}\", found {Describe(_token)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly GraphQLSyntaxException Unexpected() => Unexpected(_token);

    private readonly GraphQLSyntaxException Unexpected(in Token token) => Error(token.Start, $"Unexpected {Describe(token)}.");

    private readonly GraphQLSyntaxException Error(int position, string description) =>
        SourceText.Error(_lexer.Source, position, description);

    /// <summary>A token as messages quote it: its kind, then its value in quotes when it has one.</summary>
    private readonly string Describe(in Token token) =>
        token.Kind.HasValue() ? $"{token.Kind.Describe()} \"{_lexer.GetValue(token)}\"" : token.Kind.Describe();

    /// <summary>The location of a node that began at <paramref name="start"/> and ended with the last token consumed.</summary>
    private readonly Location LocationFrom(in Token start) => new(start.Start, _lastTokenEnd, start.Line, start.Column);

    /// <summary>Enters one more level of nesting, refusing to go past the configured depth or near the end of the stack.</summary>
    private void EnterNesting()
    {
        if (++_depth > _maxDepth)
        {
            throw Error(_token.Start, $"Document contains more than {_maxDepth} levels of nesting. Parsing aborted.");
        }

        // A MaxDepth set beyond what this thread's stack can hold must still end in a syntax error.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(_token.Start, "Document is nested too deeply for the parser's stack. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;

    /// <summary>True when the current token's value (a name's or a string's) is <paramref name="value"/>, as graphql-js compares it.</summary>
    private readonly bool TokenValueIs(string value) => _token.Kind switch
    {
        TokenKind.Name => _lexer.TextEquals(_token, value),
        TokenKind.String or TokenKind.BlockString => _lexer.GetValue(_token) == value,
        _ => false,
    };

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(_lexer.GetValue(token)!) { Location = LocationFrom(token) };
    }
}
