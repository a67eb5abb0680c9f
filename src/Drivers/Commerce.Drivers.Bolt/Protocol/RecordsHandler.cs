namespace Commerce.Drivers.Bolt.Protocol;

/// <summary>Collects the records of a PULL/PULL_ALL; the summary says whether more remain (v4+ has_more).</summary>
internal sealed class RecordsHandler : ResponseHandler
{
    public List<object?[]> Records { get; } = [];

    public bool HasMore => Metadata?.GetValueOrDefault("has_more") is true;

    public override void OnRecord(object?[] fields) => Records.Add(fields);
}
