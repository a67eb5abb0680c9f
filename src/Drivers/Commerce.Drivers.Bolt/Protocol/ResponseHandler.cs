namespace Commerce.Drivers.Bolt.Protocol;

/// <summary>Receives the responses to one request; records (details) arrive before the one summary.</summary>
internal class ResponseHandler
{
    public IReadOnlyDictionary<string, object?>? Metadata { get; private set; }

    public Neo4jException? Failure { get; private set; }

    public bool Ignored { get; private set; }

    public bool Succeeded => Metadata is not null;

    public virtual void OnRecord(object?[] fields) =>
        throw new ProtocolException("The server sent a RECORD in answer to a request that has no records.");

    public virtual void OnSuccess(IReadOnlyDictionary<string, object?> metadata) => Metadata = metadata;

    public virtual void OnFailure(Neo4jException failure) => Failure = failure;

    public virtual void OnIgnored() => Ignored = true;
}
