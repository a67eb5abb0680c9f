namespace Commerce.GraphQL.Relay;

/// <summary>
/// A page of a list in the shape of the Relay cursor connections spec: edges with cursors, the nodes alone, page
/// info and the total count. <c>Connection&lt;Product&gt;</c> becomes the GraphQL type <c>ProductConnection</c>.
/// </summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int totalCount)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    [GraphQLDescription("The nodes of the edges, for clients that need no cursors.")]
    public IReadOnlyList<T> Nodes => Edges.Select(e => e.Node).ToList();

    public PageInfo PageInfo { get; } = pageInfo;

    [GraphQLDescription("The number of items in the whole list, across all pages.")]
    public int TotalCount { get; } = totalCount;
}

/// <summary>One item of a connection with the cursor that points at it.</summary>
public sealed record Edge<T>(T Node, string Cursor);

/// <summary>Where a page stands in its list (Relay cursor connections spec, section 5).</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
