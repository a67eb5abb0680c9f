using System.Collections.Concurrent;
using System.Net;
using Commerce.Drivers.Cql.Connections;
using Commerce.Drivers.Cql.Protocol.Requests;
using Commerce.Drivers.Cql.Protocol.Responses;

namespace Commerce.Drivers.Cql;

/// <summary>
/// One pool per host; each request takes the next host round-robin and its least busy connection.
/// Prepared statements are cached by keyspace and query, and re-prepared on the connection that
/// answered UNPREPARED before the request is retried.
/// </summary>
internal sealed class Session : ISession
{
    private const int MaxUnpreparedRetries = 3;

    private readonly Cluster _cluster;
    private readonly HostPool[] _pools;
    private readonly ConcurrentDictionary<(string? Keyspace, string Cql), Task<PreparedStatement>> _preparedByQuery = new();
    private readonly ConcurrentDictionary<string, PreparedStatement> _preparedById = new();
    private int _nextHost = -1;
    private volatile string? _keyspace;
    private bool _disposed;

    public Session(Cluster cluster, IReadOnlyList<IPEndPoint> endPoints, string? keyspace)
    {
        _cluster = cluster;
        _keyspace = keyspace;
        _pools = endPoints
            .Select(endPoint => new HostPool(endPoint, cluster.Settings.ConnectionsPerHost, ct => OpenAsync(endPoint, ct), TimeProvider.System))
            .ToArray();
    }

    public ICluster Cluster => _cluster;

    public string? Keyspace => _keyspace;

    public int BinaryProtocolVersion => _cluster.ProtocolVersion ?? 0;

    private ClusterSettings Settings => _cluster.Settings;

    internal IReadOnlyList<HostPool> Pools => _pools;

    /// <summary>Opens the first connection so that a wrong address, version or keyspace fails ConnectAsync itself.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken) => await AcquireAsync(cancellationToken).ConfigureAwait(false);

    public Task<RowSet> ExecuteAsync(string cql, CancellationToken cancellationToken = default) =>
        ExecuteAsync(new SimpleStatement(cql), cancellationToken);

    public Task<RowSet> ExecuteAsync(IStatement statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return ExecutePageAsync(statement, statement.PagingState, cancellationToken);
    }

    public Task<PreparedStatement> PrepareAsync(string cql, CancellationToken cancellationToken = default)
    {
        var key = (_keyspace, cql);
        var task = _preparedByQuery.GetOrAdd(key, k => PrepareOnceAsync(k.Cql, k.Keyspace));
        // A failed PREPARE (e.g. a syntax error) must not be cached: the next call tries again.
        _ = task.ContinueWith(t => _preparedByQuery.TryRemove(new KeyValuePair<(string?, string), Task<PreparedStatement>>(key, t)),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task.WaitAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetSupportedOptionsAsync(CancellationToken cancellationToken = default)
    {
        var connection = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        using var activity = CqlDiagnostics.StartRequest("OPTIONS", null, _keyspace, connection.EndPoint);
        var response = await connection.RequestAsync(new OptionsRequest(), cancellationToken).ConfigureAwait(false);
        return ((SupportedResponse)response).Options;
    }

    private async Task<PreparedStatement> PrepareOnceAsync(string cql, string? keyspace)
    {
        var connection = await AcquireAsync(CancellationToken.None).ConfigureAwait(false);
        await EnsureKeyspaceAsync(connection, CancellationToken.None).ConfigureAwait(false);
        var result = await SendPrepareAsync(connection, cql, CancellationToken.None).ConfigureAwait(false);
        var prepared = new PreparedStatement(cql, keyspace, result.Id, result.Variables, result.PartitionKeyIndexes, result.ResultColumns);
        _preparedById[Convert.ToHexString(result.Id)] = prepared;
        return prepared;
    }

    private async Task<PreparedResult> SendPrepareAsync(Connection connection, string cql, CancellationToken cancellationToken)
    {
        using var activity = CqlDiagnostics.StartRequest(CqlDiagnostics.Operation("PREPARE", cql), cql, _keyspace, connection.EndPoint);
        try
        {
            var response = await connection.RequestAsync(new PrepareRequest(cql), cancellationToken).ConfigureAwait(false);
            return response as PreparedResult
                ?? throw new ProtocolViolationException($"PREPARE was answered with {response.GetType().Name}.");
        }
        catch (Exception ex)
        {
            CqlDiagnostics.Fail(activity, ex);
            throw;
        }
    }

    private async Task<RowSet> ExecutePageAsync(IStatement statement, byte[]? pagingState, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var connection = await AcquireAsync(cancellationToken).ConfigureAwait(false);
            await EnsureKeyspaceAsync(connection, cancellationToken).ConfigureAwait(false);
            foreach (var stale in PreparedStatementsOf(statement).Where(p => p.IsStale).Distinct())
                await RePrepareAsync(connection, stale, cancellationToken).ConfigureAwait(false);
            var (request, operation, cql) = RequestBuilder.Build(statement, pagingState, connection.ProtocolVersion, Settings);
            var activity = CqlDiagnostics.StartRequest(operation, cql, _keyspace, connection.EndPoint);
            Response response;
            try
            {
                response = await connection.RequestAsync(request, cancellationToken, statement.OutgoingPayload).ConfigureAwait(false);
            }
            catch (UnpreparedException unprepared) when (attempt < MaxUnpreparedRetries)
            {
                CqlDiagnostics.Fail(activity, unprepared);
                // End this round trip's activity before the PREPARE, so the trace reads in wire order.
                activity?.Dispose();
                activity = null;
                await RePrepareAsync(connection, FindPrepared(unprepared.UnknownId, statement), cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (Exception ex)
            {
                CqlDiagnostics.Fail(activity, ex);
                throw;
            }
            finally
            {
                activity?.Dispose();
            }
            return ToRowSet(response, statement, connection);
        }
    }

    private static IEnumerable<PreparedStatement> PreparedStatementsOf(IStatement statement) => statement switch
    {
        BoundStatement bound => [bound.PreparedStatement],
        BatchStatement batch => batch.Statements.OfType<BoundStatement>().Select(b => b.PreparedStatement),
        _ => [],
    };

    private PreparedStatement FindPrepared(byte[] unknownId, IStatement statement) =>
        PreparedStatementsOf(statement).FirstOrDefault(p => p.Id.AsSpan().SequenceEqual(unknownId))
        ?? (_preparedById.TryGetValue(Convert.ToHexString(unknownId), out var known) ? known : null)
        ?? throw new DriverException($"The server does not know prepared id {Convert.ToHexString(unknownId)}, and neither does this session.");

    /// <summary>The host lost the statement (restart, eviction) or it went stale: PREPARE it again on that connection.</summary>
    private async Task RePrepareAsync(Connection connection, PreparedStatement prepared, CancellationToken cancellationToken)
    {
        var result = await SendPrepareAsync(connection, prepared.Cql, cancellationToken).ConfigureAwait(false);
        prepared.Update(result.Id, result.Variables, result.PartitionKeyIndexes, result.ResultColumns);
        _preparedById[Convert.ToHexString(result.Id)] = prepared;
    }

    private RowSet ToRowSet(Response response, IStatement statement, Connection connection)
    {
        var info = new ExecutionInfo
        {
            QueriedHost = connection.EndPoint,
            TracingId = response.TracingId,
            Warnings = response.Warnings,
            IncomingPayload = response.CustomPayload,
            SchemaChange = response is SchemaChangeResult change
                ? $"{change.ChangeType} {change.Target} {change.Keyspace}{(change.Name is null ? "" : "." + change.Name)}"
                : null,
        };
        switch (response)
        {
            case RowsResult rows:
                var prepared = (statement as BoundStatement)?.PreparedStatement;
                var columns = rows.Columns ?? prepared?.ResultMetadata
                    ?? throw new ProtocolViolationException("Rows came without metadata for a statement that has none cached.");
                if (columns.Count != rows.ColumnCount)
                    throw new ProtocolViolationException($"Rows have {rows.ColumnCount} columns; the cached metadata has {columns.Count}.");
                var list = rows.Rows.Select(values => new Row(columns, values)).ToArray();
                return new RowSet(columns, list, rows.PagingState, info, statement.AutoPage,
                    (state, ct) => ExecutePageAsync(statement, state, ct));
            case SchemaChangeResult { ChangeType: "DROPPED" or "UPDATED" }:
                foreach (var cached in _preparedById.Values) cached.IsStale = true;
                return Empty(info);
            case SetKeyspaceResult use:
                _keyspace = use.Keyspace;
                connection.Keyspace = use.Keyspace;
                return Empty(info);
            case ResultResponse:
                return Empty(info);
            default:
                throw new ProtocolViolationException($"A request was answered with {response.GetType().Name}.");
        }
    }

    private static RowSet Empty(ExecutionInfo info) => new(ColumnDefinitions.Empty, [], null, info, false, null);

    private async Task<Connection> OpenAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        var connection = await _cluster.OpenConnectionAsync(endPoint, cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureKeyspaceAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureKeyspaceAsync(Connection connection, CancellationToken cancellationToken)
    {
        var keyspace = _keyspace;
        if (keyspace is null || connection.Keyspace == keyspace) return;
        using var activity = CqlDiagnostics.StartRequest("QUERY USE", "USE " + QuoteKeyspace(keyspace), keyspace, connection.EndPoint);
        try
        {
            var response = await connection.RequestAsync(
                new QueryRequest($"USE {QuoteKeyspace(keyspace)}", new QueryParameters { Consistency = Settings.DefaultConsistency }),
                cancellationToken).ConfigureAwait(false);
            if (response is SetKeyspaceResult use)
            {
                // The server spells the name as stored; keep that spelling so later comparisons match.
                if (_keyspace == keyspace) _keyspace = use.Keyspace;
                connection.Keyspace = use.Keyspace;
            }
        }
        catch (Exception ex)
        {
            CqlDiagnostics.Fail(activity, ex);
            throw;
        }
    }

    /// <summary>A lower-case identifier goes as is; anything else is quoted, i.e. case-sensitive, as written.</summary>
    internal static string QuoteKeyspace(string keyspace) =>
        keyspace.Length > 0 && char.IsAsciiLetterLower(keyspace[0]) && keyspace.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
            ? keyspace
            : "\"" + keyspace.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private async Task<Connection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var errors = new Dictionary<IPEndPoint, Exception>();
        var start = (uint)Interlocked.Increment(ref _nextHost);
        for (var i = 0; i < _pools.Length; i++)
        {
            var pool = _pools[(start + i) % _pools.Length];
            try
            {
                return await pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not CqlServerException)
            {
                errors[pool.EndPoint] = ex;
            }
        }
        throw new NoHostAvailableException(errors);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        _cluster.Forget(this);
        foreach (var pool in _pools) await pool.DisposeAsync().ConfigureAwait(false);
    }
}
