using static Commerce.GraphQL.Language.CharClasses;

namespace Commerce.GraphQL.Language;

public ref partial struct Lexer
{
    /// <summary>
    /// StringValue :: " StringCharacter* ": validates escapes and characters in place; the value is decoded later,
    /// only if the parser asks for it.
    /// </summary>
    private Token ReadString(int start)
    {
        var position = start + 1;
        while (position < _source.Length)
        {
            int code = _source[position];
            if (code == '"')
            {
                return Emit(TokenKind.String, start, position + 1);
            }

            if (code == '\\')
            {
                if (!EscapeSequence.TryRead(_source, position, out var size, out _, out _))
                {
                    var quoted = new string(_source[position..Math.Min(position + size, _source.Length)]);
                    throw Error(position, At(position + 1) == 'u'
                        ? $"Invalid Unicode escape sequence: \"{quoted}\"."
                        : $"Invalid character escape sequence: \"{quoted}\".");
                }

                position += size;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            position = NextSourceCharacter(position, code);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>
    /// StringValue :: """ BlockStringCharacter* """: any SourceCharacter but an unescaped <c>"""</c>. Line terminators inside
    /// move the line count on, so the tokens after it keep true lines and columns.
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var line = _line;
        var lineStart = _lineStart;
        var position = start + 3;
        while (position < _source.Length)
        {
            int code = _source[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                var token = new Token(TokenKind.BlockString, start, position + 3, _line, 1 + start - _lineStart);
                _position = position + 3;
                _line = line;
                _lineStart = lineStart;
                return token;
            }

            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                position += code == '\r' && At(position + 1) == '\n' ? 2 : 1;
                line++;
                lineStart = position;
                continue;
            }

            position = NextSourceCharacter(position, code);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Steps over one SourceCharacter (a surrogate pair counts as one); a lone surrogate is an error.</summary>
    private readonly int NextSourceCharacter(int position, int code)
    {
        if (IsUnicodeScalarValue(code))
        {
            return position + 1;
        }

        if (IsSupplementaryCodePoint(position))
        {
            return position + 2;
        }

        throw Error(position, $"Invalid character within String: {Describe(position)}.");
    }
}
