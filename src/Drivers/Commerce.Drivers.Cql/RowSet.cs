using System.Runtime.CompilerServices;

namespace Commerce.Drivers.Cql;

/// <summary>
/// The result of a statement. Enumerating it asynchronously yields every row, fetching the following
/// pages as it goes when the statement pages automatically; only the current page is kept in memory,
/// so a second enumeration starts from the page the first one reached. For manual paging, read
/// <see cref="PagingState"/> and pass it to the next statement's <see cref="IStatement.SetPagingState"/>.
/// </summary>
public sealed class RowSet : IAsyncEnumerable<Row>
{
    private readonly Func<byte[], CancellationToken, Task<RowSet>>? _fetchNext;
    private readonly bool _autoPage;

    internal RowSet(ColumnDefinitions columns, IReadOnlyList<Row> rows, byte[]? pagingState, ExecutionInfo info,
        bool autoPage, Func<byte[], CancellationToken, Task<RowSet>>? fetchNext)
    {
        Columns = columns;
        CurrentPage = rows;
        PagingState = pagingState;
        Info = info;
        _autoPage = autoPage;
        _fetchNext = fetchNext;
    }

    public ColumnDefinitions Columns { get; private set; }

    /// <summary>The rows of the page received last.</summary>
    public IReadOnlyList<Row> CurrentPage { get; private set; }

    /// <summary>The state to resume after the current page, or null when it was the last one.</summary>
    public byte[]? PagingState { get; private set; }

    public ExecutionInfo Info { get; private set; }

    public bool IsFullyFetched => PagingState is null;

    /// <summary>Replaces the current page with the next one.</summary>
    public async Task FetchMoreResultsAsync(CancellationToken cancellationToken = default)
    {
        if (PagingState is null || _fetchNext is null) return;
        var next = await _fetchNext(PagingState, cancellationToken).ConfigureAwait(false);
        Columns = next.Columns.Count > 0 ? next.Columns : Columns;
        CurrentPage = next.CurrentPage;
        PagingState = next.PagingState;
        Info = next.Info;
    }

    public async IAsyncEnumerator<Row> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            foreach (var row in CurrentPage) yield return row;
            if (!_autoPage || PagingState is null) yield break;
            await FetchMoreResultsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Collects every remaining row, fetching pages as needed.</summary>
    public async Task<List<Row>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<Row>();
        await foreach (var row in WithCancellation(cancellationToken).ConfigureAwait(false)) rows.Add(row);
        return rows;
    }

    private ConfiguredCancelableAsyncEnumerable<Row> WithCancellation(CancellationToken cancellationToken) =>
        ((IAsyncEnumerable<Row>)this).WithCancellation(cancellationToken);
}
