namespace Commerce.Recommendations.Feeding;

/// <summary>An order as the rebuild replays it; a cancelled order removes what its placement added.</summary>
public sealed record HistoricOrder(string OrderId, string CustomerId, IReadOnlyList<OrderLine> Lines, DateTimeOffset PlacedAt, bool Cancelled);

/// <summary>
/// Every order ever placed, in order of placement. <c>AddRecommendations</c> registers
/// <see cref="OrderHistoryFromOrders"/> (the orders module's PostgreSQL); the rebuild replays every registered one.
/// </summary>
public interface IOrderHistory
{
    IAsyncEnumerable<HistoricOrder> ReadAllAsync(CancellationToken cancellationToken);
}
