namespace Commerce.Drivers.Mongo;

public sealed record InsertManyOptions
{
    /// <summary>Ordered inserts stop at the first error; unordered ones try every document.</summary>
    public bool IsOrdered { get; init; } = true;
}
