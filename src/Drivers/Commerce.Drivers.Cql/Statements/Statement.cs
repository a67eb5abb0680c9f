namespace Commerce.Drivers.Cql;

/// <summary>The options every statement kind shares.</summary>
public abstract class Statement : IStatement
{
    public ConsistencyLevel? ConsistencyLevel { get; private set; }

    public ConsistencyLevel? SerialConsistencyLevel { get; private set; }

    public int PageSize { get; private set; }

    public byte[]? PagingState { get; private set; }

    public bool AutoPage { get; private set; } = true;

    public long? Timestamp { get; private set; }

    public IReadOnlyDictionary<string, byte[]?>? OutgoingPayload { get; private set; }

    public IStatement SetConsistencyLevel(ConsistencyLevel? consistency)
    {
        ConsistencyLevel = consistency;
        return this;
    }

    public IStatement SetSerialConsistencyLevel(ConsistencyLevel serialConsistency)
    {
        if (serialConsistency is not (Cql.ConsistencyLevel.Serial or Cql.ConsistencyLevel.LocalSerial))
            throw new ArgumentException("The serial consistency is SERIAL or LOCAL_SERIAL.", nameof(serialConsistency));
        SerialConsistencyLevel = serialConsistency;
        return this;
    }

    public IStatement SetPageSize(int pageSize)
    {
        PageSize = pageSize;
        return this;
    }

    public IStatement SetPagingState(byte[]? pagingState)
    {
        PagingState = pagingState;
        return this;
    }

    public IStatement SetAutoPage(bool autoPage)
    {
        AutoPage = autoPage;
        return this;
    }

    public IStatement SetTimestamp(DateTimeOffset timestamp)
    {
        Timestamp = (timestamp.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        return this;
    }

    public IStatement SetOutgoingPayload(IReadOnlyDictionary<string, byte[]?> payload)
    {
        OutgoingPayload = payload;
        return this;
    }
}
