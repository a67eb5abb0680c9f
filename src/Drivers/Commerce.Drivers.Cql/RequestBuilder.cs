using Commerce.Drivers.Cql.Protocol.Requests;
using Commerce.Drivers.Cql.Types;

namespace Commerce.Drivers.Cql;

/// <summary>Turns a statement into its QUERY, EXECUTE or BATCH request, with the values typed and the options applied.</summary>
internal static class RequestBuilder
{
    public static (IRequest Request, string Operation, string? Cql) Build(IStatement statement, byte[]? pagingState, byte version, ClusterSettings settings)
    {
        var consistency = statement.ConsistencyLevel ?? settings.DefaultConsistency;
        int? pageSize = statement.PageSize switch
        {
            0 => settings.DefaultPageSize > 0 && settings.DefaultPageSize != int.MaxValue ? settings.DefaultPageSize : null,
            < 0 or int.MaxValue => null,
            var size => size,
        };
        switch (statement)
        {
            case SimpleStatement simple:
                return (new QueryRequest(simple.QueryString, new QueryParameters
                {
                    Consistency = consistency,
                    Values = InferTypes(simple.QueryValues),
                    Names = simple.NamedValues?.Keys.ToArray(),
                    PageSize = pageSize,
                    PagingState = pagingState,
                    SerialConsistency = statement.SerialConsistencyLevel,
                    Timestamp = statement.Timestamp,
                }), CqlDiagnostics.Operation("QUERY", simple.QueryString), simple.QueryString);
            case BoundStatement bound:
                var prepared = bound.PreparedStatement;
                return (new ExecuteRequest(prepared.Id, new QueryParameters
                {
                    Consistency = consistency,
                    Values = BindTypes(bound, version),
                    SkipMetadata = CanSkipMetadata(prepared),
                    PageSize = pageSize,
                    PagingState = pagingState,
                    SerialConsistency = statement.SerialConsistencyLevel,
                    Timestamp = statement.Timestamp,
                }), CqlDiagnostics.Operation("EXECUTE", prepared.Cql), prepared.Cql);
            case BatchStatement batch:
                return (new BatchRequest
                {
                    Type = batch.BatchType,
                    Entries = batch.Statements.Select(s => s switch
                    {
                        SimpleStatement simple => new BatchEntry(simple.QueryString, null, InferTypes(simple.QueryValues)),
                        BoundStatement b => new BatchEntry(b.PreparedStatement.Cql, b.PreparedStatement.Id, BindTypes(b, version)),
                        _ => throw new ArgumentException("A batch holds simple and bound statements only."),
                    }).ToArray(),
                    Consistency = consistency,
                    SerialConsistency = statement.SerialConsistencyLevel,
                    Timestamp = statement.Timestamp,
                }, "BATCH " + batch.BatchType.ToString().ToUpperInvariant(), string.Join("; ", batch.Statements.Select(s => s switch
                {
                    SimpleStatement simple => simple.QueryString,
                    BoundStatement b => b.PreparedStatement.Cql,
                    _ => "",
                })));
            default:
                throw new ArgumentException($"Cannot execute a {statement.GetType().Name}.", nameof(statement));
        }
    }

    private static IReadOnlyList<(ColumnType, object?)> InferTypes(IReadOnlyList<object?> values) =>
        values.Select(v => (v is null or Unset ? ColumnType.Blob : TypeInference.Infer(v), v)).ToArray();

    private static IReadOnlyList<(ColumnType, object?)> BindTypes(BoundStatement bound, byte version)
    {
        var variables = bound.PreparedStatement.Variables;
        if (bound.Values.Count < variables.Count && version < 4)
            throw new ArgumentException($"Protocol v{version} needs a value for each of the {variables.Count} bind markers; {bound.Values.Count} were given.");
        var values = new (ColumnType, object?)[variables.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = (variables[i].Type, i < bound.Values.Count ? bound.Values[i] : Unset.Value);
        return values;
    }

    /// <summary>
    /// Skip_metadata is safe when we hold the result columns and they cannot change under us: a
    /// "SELECT *" would silently gain columns after an ALTER TABLE, so it always asks for metadata.
    /// </summary>
    private static bool CanSkipMetadata(PreparedStatement prepared) =>
        prepared.ResultMetadata.Count > 0 && !SelectsStar(prepared.Cql);

    internal static bool SelectsStar(string cql)
    {
        var text = cql.AsSpan().TrimStart();
        if (!text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)) return false;
        text = text[6..].TrimStart();
        if (text.StartsWith("DISTINCT", StringComparison.OrdinalIgnoreCase)) text = text[8..].TrimStart();
        if (text.StartsWith("JSON", StringComparison.OrdinalIgnoreCase)) text = text[4..].TrimStart();
        return text.StartsWith("*");
    }
}
