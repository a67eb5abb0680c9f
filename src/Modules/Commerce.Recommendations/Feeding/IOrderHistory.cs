namespace Commerce.Recommendations.Feeding;

/// <summary>An order as the rebuild replays it; a cancelled order removes what its placement added.</summary>
public sealed record HistoricOrder(string OrderId, string CustomerId, IReadOnlyList<OrderLine> Lines, DateTimeOffset PlacedAt, bool Cancelled);

/// <summary>
/// Every order ever placed, read from the orders store's public service. The orders module (or the gateway)
/// registers an implementation; without one the rebuild replays the catalog only.
/// </summary>
public interface IOrderHistory
{
    IAsyncEnumerable<HistoricOrder> ReadAllAsync(CancellationToken cancellationToken);
}
