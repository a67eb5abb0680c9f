using static Commerce.GraphQL.Language.CharClasses;

namespace Commerce.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec 2.1), skipping the ignored tokens: BOM, white space,
/// line terminators, comments and commas. It reads the span in place: a token is offsets only,
/// and text is copied out (<see cref="GetValue"/>) only for the tokens the parser keeps.
/// </summary>
public ref partial struct Lexer
{
    private readonly ReadOnlySpan<char> _source;
    private int _position;
    private int _line;
    private int _lineStart;

    public Lexer(ReadOnlySpan<char> source)
    {
        _source = source;
        _position = 0;
        _line = 1;
        _lineStart = 0;
    }

    public readonly ReadOnlySpan<char> Source => _source;

    /// <summary>Reads the next token; at the end of the source, returns <see cref="TokenKind.EndOfFile"/> every time.</summary>
    public Token Read()
    {
        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            var code = source[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': return Punctuator(TokenKind.Bang, position);
                case '$': return Punctuator(TokenKind.Dollar, position);
                case '&': return Punctuator(TokenKind.Amp, position);
                case '(': return Punctuator(TokenKind.ParenL, position);
                case ')': return Punctuator(TokenKind.ParenR, position);
                case ':': return Punctuator(TokenKind.Colon, position);
                case '=': return Punctuator(TokenKind.Equals, position);
                case '@': return Punctuator(TokenKind.At, position);
                case '[': return Punctuator(TokenKind.BracketL, position);
                case ']': return Punctuator(TokenKind.BracketR, position);
                case '{': return Punctuator(TokenKind.BraceL, position);
                case '|': return Punctuator(TokenKind.Pipe, position);
                case '}': return Punctuator(TokenKind.BraceR, position);
                case '.':
                    if (At(position + 1) == '.' && At(position + 2) == '.')
                    {
                        return Emit(TokenKind.Spread, position, position + 3);
                    }

                    break;
                case '"':
                    return At(position + 1) == '"' && At(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw UnexpectedCharacter(position);
        }

        _position = source.Length;
        return new Token(TokenKind.EndOfFile, source.Length, source.Length, _line, 1 + source.Length - _lineStart);
    }

    /// <summary>The value a token carries: a name's or number's text, a string's decoded value; null for punctuators.</summary>
    public readonly string? GetValue(in Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => new string(_source[token.Start..token.End]),
        TokenKind.String => StringValue.Decode(_source[(token.Start + 1)..(token.End - 1)]),
        TokenKind.BlockString => BlockString.Value(_source[(token.Start + 3)..(token.End - 3)]),
        _ => null,
    };

    /// <summary>True when a token's text equals <paramref name="text"/>; compares in place.</summary>
    public readonly bool TextEquals(in Token token, string text) => _source[token.Start..token.End].SequenceEqual(text);

    private readonly int At(int position) => position < _source.Length ? _source[position] : -1;

    private Token Punctuator(TokenKind kind, int start) => Emit(kind, start, start + 1);

    private Token Emit(TokenKind kind, int start, int end)
    {
        _position = end;
        return new Token(kind, start, end, _line, 1 + start - _lineStart);
    }

    private readonly GraphQLSyntaxException Error(int position, string description) =>
        SourceText.Error(_source, position, description);

    private readonly string Describe(int position) => SourceText.DescribeCodePointAt(_source, position);

    private readonly bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(At(position)) && IsTrailingSurrogate(At(position + 1));

    private readonly GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        var code = _source[position];
        if (code == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        return IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
            ? Error(position, $"Unexpected character: {Describe(position)}.")
            : Error(position, $"Invalid character: {Describe(position)}.");
    }

    /// <summary>Comment :: # CommentChar*; it ends at a line terminator, or before a character that is no SourceCharacter.</summary>
    private readonly int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _source.Length)
        {
            int code = _source[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _source.Length && IsNameContinue(_source[position]))
        {
            position++;
        }

        return Emit(TokenKind.Name, start, position);
    }

    /// <summary>
    /// IntValue and FloatValue (spec 2.9.1, 2.9.2): an optional minus, an integer part without leading zeros,
    /// then an optional fraction and exponent; neither may be followed by a digit, a <c>.</c> or a NameStart.
    /// </summary>
    private Token ReadNumber(int start)
    {
        var position = start;
        var code = At(position);
        var isFloat = false;

        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {Describe(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code is 'e' or 'E')
        {
            isFloat = true;
            code = At(++position);
            if (code is '+' or '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {Describe(position)}.");
        }

        return Emit(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {Describe(start)}.");
        }

        var position = start + 1;
        while (IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }
}
