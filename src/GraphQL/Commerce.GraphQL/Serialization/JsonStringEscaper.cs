using System.Text;

namespace Commerce.GraphQL.Serialization;

/// <summary>
/// Writes a JSON string exactly as ECMAScript's <c>JSON.stringify</c> does: escapes only the quote, the
/// backslash, control characters (short forms \b \f \n \r \t, else \u00xx in lower case) and lone surrogates;
/// everything else, non-ASCII and HTML-sensitive characters included, is raw UTF-8. System.Text.Json's encoders
/// escape more (every supplementary character at least), and our responses would no longer compare byte for
/// byte with a graphql-js server's.
/// </summary>
public static class JsonStringEscaper
{
    /// <summary>Writes the quoted, escaped UTF-8 form of <paramref name="value"/>; returns the byte count.</summary>
    public static int Escape(string value, Span<byte> destination)
    {
        var at = 0;
        destination[at++] = (byte)'"';
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c < 0x80)
            {
                at += EscapeAscii(c, destination[at..]);
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                at += Encoding.UTF8.GetBytes(value.AsSpan(i, 2), destination[at..]);
                i += 2;
            }
            else if (char.IsSurrogate(c))
            {
                at += WriteUnicodeEscape(c, destination[at..]);
                i++;
            }
            else
            {
                at += Encoding.UTF8.GetBytes(value.AsSpan(i, 1), destination[at..]);
                i++;
            }
        }

        destination[at++] = (byte)'"';
        return at;
    }

    private static int EscapeAscii(char c, Span<byte> destination)
    {
        byte shortForm = c switch
        {
            '"' => (byte)'"',
            '\\' => (byte)'\\',
            '\b' => (byte)'b',
            '\f' => (byte)'f',
            '\n' => (byte)'n',
            '\r' => (byte)'r',
            '\t' => (byte)'t',
            _ => 0,
        };

        if (shortForm != 0)
        {
            destination[0] = (byte)'\\';
            destination[1] = shortForm;
            return 2;
        }

        if (c < 0x20)
        {
            return WriteUnicodeEscape(c, destination);
        }

        destination[0] = (byte)c;
        return 1;
    }

    private static int WriteUnicodeEscape(char c, Span<byte> destination)
    {
        const string hex = "0123456789abcdef";
        destination[0] = (byte)'\\';
        destination[1] = (byte)'u';
        destination[2] = (byte)hex[(c >> 12) & 0xF];
        destination[3] = (byte)hex[(c >> 8) & 0xF];
        destination[4] = (byte)hex[(c >> 4) & 0xF];
        destination[5] = (byte)hex[c & 0xF];
        return 6;
    }
}
