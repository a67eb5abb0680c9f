using static Commerce.GraphQL.Language.CharClasses;

namespace Commerce.GraphQL.Language;

/// <summary>
/// One escape sequence of a quoted string (spec 2.9.4): <c>\u{X...}</c>, <c>\uXXXX</c> (a surrogate pair only as two
/// escapes forming a valid pair), or <c>\</c> with one of <c>" \ / b f n r t</c>.
/// </summary>
internal static class EscapeSequence
{
    /// <summary>
    /// Reads the escape starting at the backslash at <paramref name="position"/>. On success gives its length and the one
    /// or two UTF-16 units it stands for (<paramref name="second"/> is '\0' when one); on failure, the length an error quotes.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> s, int position, out int size, out char first, out char second)
    {
        first = second = '\0';
        if (At(s, position + 1) != 'u')
        {
            size = 2;
            first = At(s, position + 1) switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => '\0',
            };
            return first != '\0';
        }

        return At(s, position + 2) == '{'
            ? TryReadVariableWidth(s, position, out size, out first, out second)
            : TryReadFixedWidth(s, position, out size, out first, out second);
    }

    private static bool TryReadVariableWidth(ReadOnlySpan<char> s, int position, out int size, out char first, out char second)
    {
        first = second = '\0';
        var point = 0;
        size = 3;

        // \u{ then at most 8 hex digits then }: 12 characters at most.
        while (size < 12)
        {
            var code = At(s, position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    return false;
                }

                SetCodePoint(point, out first, out second);
                return true;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                return false;
            }
        }

        return false;
    }

    private static bool TryReadFixedWidth(ReadOnlySpan<char> s, int position, out int size, out char first, out char second)
    {
        first = second = '\0';
        size = 6;
        var code = Read16BitHex(s, position + 2);
        if (IsUnicodeScalarValue(code))
        {
            first = (char)code;
            return true;
        }

        if (IsLeadingSurrogate(code) && At(s, position + 6) == '\\' && At(s, position + 7) == 'u')
        {
            var trailing = Read16BitHex(s, position + 8);
            if (IsTrailingSurrogate(trailing))
            {
                size = 12;
                first = (char)code;
                second = (char)trailing;
                return true;
            }
        }

        return false;
    }

    private static void SetCodePoint(int point, out char first, out char second)
    {
        if (point < 0x10000)
        {
            first = (char)point;
            second = '\0';
            return;
        }

        point -= 0x10000;
        first = (char)(0xD800 + (point >> 10));
        second = (char)(0xDC00 + (point & 0x3FF));
    }

    private static int Read16BitHex(ReadOnlySpan<char> s, int position) =>
        (HexValue(At(s, position)) << 12) | (HexValue(At(s, position + 1)) << 8)
        | (HexValue(At(s, position + 2)) << 4) | HexValue(At(s, position + 3));

    private static int At(ReadOnlySpan<char> s, int position) => position < s.Length ? s[position] : -1;
}
