namespace Commerce.Drivers.Cql;

/// <summary>Simple and bound statements sent together with BATCH (logged by default).</summary>
public sealed class BatchStatement : Statement
{
    private readonly List<Statement> _statements = [];

    public BatchType BatchType { get; private set; } = BatchType.Logged;

    public IReadOnlyList<Statement> Statements => _statements;

    public BatchStatement Add(IStatement statement)
    {
        if (statement is not (SimpleStatement or BoundStatement))
            throw new ArgumentException("A batch holds simple and bound statements only.", nameof(statement));
        if (statement is SimpleStatement { NamedValues: not null })
            throw new ArgumentException("Named values do not work inside a batch (see CASSANDRA-10246).", nameof(statement));
        if (_statements.Count == ushort.MaxValue) throw new InvalidOperationException("A batch holds at most 65535 statements.");
        _statements.Add((Statement)statement);
        return this;
    }

    public BatchStatement SetBatchType(BatchType batchType)
    {
        BatchType = batchType;
        return this;
    }
}
