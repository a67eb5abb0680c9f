using System.Globalization;
using System.Text.RegularExpressions;

namespace Commerce.Recommendations.Graph;

/// <summary>
/// The unique-id constraints in the spelling the server understands: Neo4j 3.x and 4.x before 4.4 say
/// <c>CREATE CONSTRAINT ON (n:L) ASSERT n.id IS UNIQUE</c> (and fail when it exists, which we tolerate);
/// 4.4 and 5.x say <c>CREATE CONSTRAINT name IF NOT EXISTS FOR (n:L) REQUIRE n.id IS UNIQUE</c>.
/// </summary>
public static partial class ConstraintDdl
{
    public static IReadOnlyList<string> For(string serverAgent)
    {
        var (major, minor) = ParseVersion(serverAgent);
        var modern = major > 4 || (major == 4 && minor >= 4);
        return GraphLabels.All
            .Select(label => modern
                ? $"CREATE CONSTRAINT {label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
                : $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE")
            .ToList();
    }

    /// <summary>Major and minor version from an agent such as <c>Neo4j/3.1.1</c> or <c>Neo4j/5.26.0</c>.</summary>
    public static (int Major, int Minor) ParseVersion(string serverAgent)
    {
        var match = VersionPattern().Match(serverAgent);
        if (!match.Success)
        {
            throw new FormatException($"No version in the server agent \"{serverAgent}\".");
        }

        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"/(\d+)\.(\d+)")]
    private static partial Regex VersionPattern();
}
