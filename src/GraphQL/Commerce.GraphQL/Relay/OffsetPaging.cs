using System.Globalization;
using System.Text;

namespace Commerce.GraphQL.Relay;

/// <summary>
/// Pages an in-memory list with the Relay spec's algorithm (ApplyCursorsToEdges, then <c>first</c>, then
/// <c>last</c>), using cursors that encode the item's offset. Bad arguments are GraphQL errors with a code.
/// </summary>
public static class OffsetPaging
{
    public const string InvalidCursor = "INVALID_CURSOR";

    public static Connection<T> Page<T>(IReadOnlyList<T> items, PagingArguments arguments, int defaultPageSize, int maxPageSize)
    {
        var first = arguments.First;
        var last = arguments.Last;
        if (first < 0 || last < 0)
        {
            throw new GraphQLException($"The \"{(first < 0 ? "first" : "last")}\" argument must not be negative.", ErrorCodes.BadUserInput);
        }

        if (first > maxPageSize || last > maxPageSize)
        {
            throw new GraphQLException($"Pages hold at most {maxPageSize} items; ask for fewer with \"first\" or \"last\".", ErrorCodes.BadUserInput);
        }

        if (first is null && last is null)
        {
            first = defaultPageSize;
        }

        // ApplyCursorsToEdges: the window after "after" and before "before".
        var start = arguments.After is null ? 0 : Decode(arguments.After) + 1;
        var end = arguments.Before is null ? items.Count : Math.Min(Decode(arguments.Before), items.Count);
        start = Math.Min(start, items.Count);
        end = Math.Max(end, start);

        var windowStart = start;
        var windowEnd = end;
        if (first is { } f && windowEnd - windowStart > f)
        {
            windowEnd = windowStart + f;
        }

        if (last is { } l && windowEnd - windowStart > l)
        {
            windowStart = windowEnd - l;
        }

        var edges = new List<Edge<T>>(windowEnd - windowStart);
        for (var i = windowStart; i < windowEnd; i++)
        {
            edges.Add(new Edge<T>(items[i], Encode(i)));
        }

        var pageInfo = new PageInfo(
            HasNextPage: windowEnd < end || (arguments.Before is not null && end < items.Count),
            HasPreviousPage: windowStart > start || start > 0,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, items.Count);
    }

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string cursor)
    {
        Span<byte> bytes = stackalloc byte[64];
        if (cursor.Length <= 80
            && Convert.TryFromBase64String(cursor, bytes, out var written)
            && Encoding.UTF8.GetString(bytes[..written]) is var text
            && text.StartsWith("offset:", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            return offset;
        }

        throw new GraphQLException($"The cursor \"{cursor}\" is not one this list gave out.", InvalidCursor);
    }
}
