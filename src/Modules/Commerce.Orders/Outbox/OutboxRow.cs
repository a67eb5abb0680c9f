namespace Commerce.Orders;

/// <summary>An outbox row as stored; handlers receive it as an <see cref="OutboxMessage"/>.</summary>
public sealed class OutboxRow
{
    public long Id { get; set; }

    public string AggregateId { get; set; } = "";

    public string Type { get; set; } = "";

    public string Payload { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }
}
