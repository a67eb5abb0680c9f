namespace Commerce.Drivers.Cql;

/// <summary>A prepared statement with its values, sent with EXECUTE.</summary>
public sealed class BoundStatement : Statement
{
    internal BoundStatement(PreparedStatement prepared, object?[] values)
    {
        PreparedStatement = prepared;
        Values = values;
    }

    public PreparedStatement PreparedStatement { get; }

    public IReadOnlyList<object?> Values { get; }
}
