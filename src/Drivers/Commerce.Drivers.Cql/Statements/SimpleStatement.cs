namespace Commerce.Drivers.Cql;

/// <summary>
/// A CQL string sent with QUERY, with positional (?) or named (:name) values. Without a prepared
/// statement's metadata the value types are inferred from the CLR types (string is text, long is
/// bigint, ...); prepare the statement when a column needs another type.
/// </summary>
public sealed class SimpleStatement : Statement
{
    public SimpleStatement(string cql, params object?[] values)
    {
        QueryString = cql ?? throw new ArgumentNullException(nameof(cql));
        QueryValues = values ?? [null];
    }

    /// <summary>Named values for :name markers; the order of arguments keeps it apart from the positional overload.</summary>
    public SimpleStatement(IReadOnlyDictionary<string, object?> namedValues, string cql)
    {
        QueryString = cql ?? throw new ArgumentNullException(nameof(cql));
        NamedValues = namedValues;
        QueryValues = namedValues.Values.ToArray();
    }

    public string QueryString { get; }

    public IReadOnlyList<object?> QueryValues { get; }

    public IReadOnlyDictionary<string, object?>? NamedValues { get; }
}
