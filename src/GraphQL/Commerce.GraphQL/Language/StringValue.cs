using System.Buffers;

namespace Commerce.GraphQL.Language;

/// <summary>The value of a quoted string (spec 2.9.4 StringValue): its characters with escape sequences decoded.</summary>
internal static class StringValue
{
    /// <summary>Decodes the text between the quotes of a string the lexer has already validated.</summary>
    public static string Decode(ReadOnlySpan<char> raw)
    {
        var firstEscape = raw.IndexOf('\\');
        if (firstEscape < 0)
        {
            return new string(raw);
        }

        // Every escape is at least as long as what it stands for, so the raw length bounds the value's.
        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            raw[..firstEscape].CopyTo(buffer);
            var length = firstEscape;
            var position = firstEscape;
            while (position < raw.Length)
            {
                var c = raw[position];
                if (c != '\\')
                {
                    buffer[length++] = c;
                    position++;
                    continue;
                }

                if (!EscapeSequence.TryRead(raw, position, out var size, out var first, out var second))
                {
                    throw new InvalidOperationException("String token was not validated by the lexer.");
                }

                buffer[length++] = first;
                if (second != '\0')
                {
                    buffer[length++] = second;
                }

                position += size;
            }

            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
