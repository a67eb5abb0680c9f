namespace Commerce.Analytics;

/// <summary>What analytics needs of a placed order (the orders module's outbox event maps onto it).</summary>
public sealed record OrderPlacedEvent(string OrderId, string? CustomerId, DateTimeOffset PlacedAt, IReadOnlyList<OrderPlacedLine> Lines)
{
    public long TotalCents => Lines.Sum(l => l.AmountCents);
}

/// <summary>A line of a placed order; <see cref="LineTotal"/> is the money paid for the line, in the store's currency.</summary>
public sealed record OrderPlacedLine(string ProductId, int Quantity, decimal LineTotal)
{
    public long AmountCents => Cents.From(LineTotal);
}
