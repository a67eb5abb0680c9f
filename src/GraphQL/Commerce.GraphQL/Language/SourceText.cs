namespace Commerce.GraphQL.Language;

/// <summary>Positions in a source text as errors report them.</summary>
public static class SourceText
{
    /// <summary>The 1-based line and column of an offset, counting \r\n, \r and \n each as one line break.</summary>
    public static Location LocationOf(ReadOnlySpan<char> source, int position)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(position, source.Length);
        for (var i = 0; i < end; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new Location(position, position, line, position + 1 - lineStart);
    }

    /// <summary>The character at an offset as an error message quotes it: printable ASCII quoted, else U+XXXX, or &lt;EOF&gt;.</summary>
    internal static string DescribeCodePointAt(ReadOnlySpan<char> source, int position)
    {
        if (position >= source.Length)
        {
            return "<EOF>";
        }

        int code = source[position];
        if (CharClasses.IsLeadingSurrogate(code) && position + 1 < source.Length && CharClasses.IsTrailingSurrogate(source[position + 1]))
        {
            code = char.ConvertToUtf32(source[position], source[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static GraphQLSyntaxException Error(ReadOnlySpan<char> source, int position, string description) =>
        new(description, LocationOf(source, position));
}
