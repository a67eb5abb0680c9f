using System.Text;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Catalog;

/// <summary>Category paths (<c>/home/kitchen/kettles</c>) and the subtree match on them.</summary>
public static class CategoryPaths
{
    public static string Normalize(string path)
    {
        var trimmed = path.Trim().TrimEnd('/');
        return trimmed.StartsWith('/') ? trimmed : "/" + trimmed;
    }

    /// <summary>
    /// Matches the path itself and every path below it, but not siblings sharing a prefix (<c>/home/kit</c> does not
    /// match <c>/home/kitchen</c>). Anchored, so MongoDB walks the <c>category.path</c> index as a range.
    /// </summary>
    public static BsonRegularExpression SubtreePattern(string path)
    {
        var normalized = Normalize(path);

        // The root's subtree is the whole tree.
        return normalized == "/" ? new("^/", "") : new("^" + EscapeForPcre(normalized) + "(/|$)", "");
    }

    // PCRE reads a backslash before any ASCII non-alphanumeric character as that character; other characters are never special.
    private static string EscapeForPcre(string literal)
    {
        var builder = new StringBuilder(literal.Length * 2);
        foreach (var c in literal)
        {
            if (char.IsAscii(c) && !char.IsAsciiLetterOrDigit(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
