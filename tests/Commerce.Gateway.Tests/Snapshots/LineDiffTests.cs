namespace Commerce.Gateway.Tests.Snapshots;

public sealed class LineDiffTests
{
    [Fact]
    public void Changed_lines_show_as_removed_and_added_with_context_and_far_lines_elided()
    {
        var expected = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var actual = expected.Replace("line 10", "line ten");

        var diff = LineDiff.Render(expected, actual);

        Assert.Equal(
            """
              ...
              line 7
              line 8
              line 9
            - line 10
            + line ten
              line 11
              line 12
              line 13
              ...

            """.Replace("\r\n", "\n"),
            "  ...\n" + diff.Replace("\r\n", "\n") + "  ...\n");
    }

    [Fact]
    public void Added_lines_at_the_end_show_as_added()
    {
        var diff = LineDiff.Render("a\nb", "a\nb\nc");

        Assert.Contains("+ c", diff);
        Assert.DoesNotContain("- ", diff);
    }
}
