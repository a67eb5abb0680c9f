using System.Buffers;
using System.Text;
using static Commerce.GraphQL.Language.CharClasses;

namespace Commerce.GraphQL.Language;

/// <summary>Block strings (spec 2.9.4): the value of a raw block string, and how to print a value as one.</summary>
public static class BlockString
{
    /// <summary>
    /// The spec's BlockStringValue(rawValue): splits the raw text into lines, removes the common indentation of all
    /// lines but the first, drops leading and trailing blank lines, joins with \n; <c>\"""</c> stands for <c>"""</c>.
    /// </summary>
    public static string Value(ReadOnlySpan<char> raw)
    {
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        var index = 0;
        for (var start = 0; start <= raw.Length; index++)
        {
            var length = LineLength(raw, start, out var next);
            var indent = LeadingWhiteSpace(raw.Slice(start, length));
            if (indent < length)
            {
                if (firstNonBlank < 0)
                {
                    firstNonBlank = index;
                }

                lastNonBlank = index;
                if (index != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            start = next;
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            var written = 0;
            index = 0;
            for (var start = 0; index <= lastNonBlank; index++)
            {
                var length = LineLength(raw, start, out var next);
                if (index >= firstNonBlank)
                {
                    var line = raw.Slice(start, length);
                    if (index != 0)
                    {
                        line = line[Math.Min(commonIndent, line.Length)..];
                    }

                    if (index != firstNonBlank)
                    {
                        buffer[written++] = '\n';
                    }

                    written += Unescape(line, buffer[written..]);
                }

                start = next;
            }

            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Prints a value as a block string the way graphql-js does: on its own lines (with a leading and a trailing line break)
    /// unless it is one short line, escaping <c>"""</c>.
    /// </summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lineCount = 1;
        var forceLeadingNewLine = true;
        var multiLine = false;
        for (var start = 0; start <= escaped.Length;)
        {
            var length = LineLength(escaped, start, out var next);
            if (start > 0)
            {
                multiLine = true;
                if (length > 0 && !IsWhiteSpace(escaped[start]))
                {
                    forceLeadingNewLine = false;
                }
            }

            if (next > escaped.Length)
            {
                break;
            }

            lineCount++;
            start = next;
        }

        // Continuation lines that all start with white space would lose it to dedenting unless a line break leads.
        forceLeadingNewLine &= multiLine;
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = multiLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = !multiLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder(escaped.Length + 8);
        result.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    /// <summary>The length of the line starting at <paramref name="start"/>, and where the next one starts (past \r\n, \r or \n; past the end for the last line).</summary>
    private static int LineLength(ReadOnlySpan<char> text, int start, out int next)
    {
        var rest = text[start..];
        var end = rest.IndexOfAny('\r', '\n');
        if (end < 0)
        {
            next = text.Length + 1;
            return rest.Length;
        }

        next = start + end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        return end;
    }

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Copies a line, turning each <c>\"""</c> into <c>"""</c>; returns the characters written.</summary>
    private static int Unescape(ReadOnlySpan<char> line, Span<char> destination)
    {
        var written = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && line[(i + 1)..].StartsWith("\"\"\""))
            {
                continue;
            }

            destination[written++] = line[i];
        }

        return written;
    }
}
