namespace Commerce.Drivers.Mongo;

public sealed record CountOptions
{
    public long? Skip { get; init; }
    public long? Limit { get; init; }
}
