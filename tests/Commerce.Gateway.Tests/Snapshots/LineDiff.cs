using System.Text;

namespace Commerce.Gateway.Tests.Snapshots;

/// <summary>A line diff from the longest common subsequence of lines, shown with three lines of context.</summary>
public static class LineDiff
{
    private const int Context = 3;

    public static string Render(string expected, string actual)
    {
        var a = Split(expected);
        var b = Split(actual);
        var edits = Edits(a, b);
        var output = new StringBuilder();
        var lastShown = -1;
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind == ' ' && !NearChange(edits, i))
            {
                continue;
            }

            if (lastShown >= 0 && i > lastShown + 1)
            {
                output.AppendLine("  ...");
            }

            output.Append(edits[i].Kind).Append(' ').AppendLine(edits[i].Line);
            lastShown = i;
        }

        return output.ToString();
    }

    private static bool NearChange(List<(char Kind, string Line)> edits, int index)
    {
        for (var j = Math.Max(0, index - Context); j <= Math.Min(edits.Count - 1, index + Context); j++)
        {
            if (edits[j].Kind != ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static List<(char Kind, string Line)> Edits(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var edits = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add((' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                edits.Add(('-', a[x++]));
            }
            else
            {
                edits.Add(('+', b[y++]));
            }
        }

        return edits;
    }

    private static string[] Split(string text) => text.Length == 0 ? [] : text.Replace("\r\n", "\n").Split('\n');
}
