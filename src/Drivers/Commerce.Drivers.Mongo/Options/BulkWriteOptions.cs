namespace Commerce.Drivers.Mongo;

public sealed record BulkWriteOptions
{
    public bool IsOrdered { get; init; } = true;
}
