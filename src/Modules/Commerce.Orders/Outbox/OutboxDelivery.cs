namespace Commerce.Orders;

/// <summary>The delivery state of one outbox row for one handler.</summary>
public sealed class OutboxDelivery
{
    public long OutboxId { get; set; }

    public string Handler { get; set; } = "";

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? LastError { get; set; }
}
