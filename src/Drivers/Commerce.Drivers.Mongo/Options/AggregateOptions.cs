namespace Commerce.Drivers.Mongo;

public sealed record AggregateOptions
{
    public int? BatchSize { get; init; }
    public bool? AllowDiskUse { get; init; }
}
