using System.Text.RegularExpressions;

namespace Commerce.Catalog.Tests.Unit;

/// <summary>The subtree pattern, run here by .NET's regex engine, which reads these escapes as PCRE does.</summary>
public sealed class CategoryPathsTests
{
    [Theory]
    [InlineData("/", "/home/kitchen", true)]
    [InlineData("/home", "/home", true)]
    [InlineData("/home", "/home/kitchen/kettles", true)]
    [InlineData("/home/", "/home/kitchen", true)]
    [InlineData("home", "/home/kitchen", true)]
    [InlineData("/home", "/homeware", false)]
    [InlineData("/home/kit", "/home/kitchen", false)]
    [InlineData("/a.b", "/axb", false)]
    [InlineData("/a.b", "/a.b/c", true)]
    [InlineData("/(x)*", "/(x)*/y", true)]
    [InlineData("/(x)*", "/xx", false)]
    public void Subtree_pattern_matches_the_path_and_below_only(string filter, string path, bool matches)
    {
        var pattern = CategoryPaths.SubtreePattern(filter);

        Assert.Equal(matches, Regex.IsMatch(path, pattern.Pattern));
    }
}
