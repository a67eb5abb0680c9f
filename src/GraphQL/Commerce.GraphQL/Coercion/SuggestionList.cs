namespace Commerce.GraphQL.Coercion;

/// <summary>
/// "Did you mean" suggestions as graphql-js makes them: options within a lexical distance of about 40% of the
/// input's length, closest first, ties broken by name.
/// </summary>
public static class SuggestionList
{
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(inputLower, option.ToLowerInvariant(), input, option);
            if (distance <= threshold)
            {
                found.Add((option, distance));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : string.CompareOrdinal(a.Option, b.Option));
        var result = new string[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            result[i] = found[i].Option;
        }

        return result;
    }

    /// <summary>graphql-js's didYouMean: <c> Did you mean "a", "b", or "c"?</c> (at most five), or empty.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subject = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Take(5).Select(s => "\"" + s + "\"").ToList();
        var text = quoted.Count switch
        {
            1 => quoted[0],
            2 => quoted[0] + " or " + quoted[1],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        };
        return " Did you mean " + (subject is null ? string.Empty : subject + " ") + text + "?";
    }

    /// <summary>Damerau-Levenshtein (optimal string alignment) distance; a case-only difference counts as 1.</summary>
    private static int Distance(string a, string b, string original, string option)
    {
        if (string.Equals(original, option, StringComparison.Ordinal))
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        var rows = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = value;
            }
        }

        return rows[a.Length, b.Length];
    }
}
