using System.Globalization;
using System.Runtime.CompilerServices;
using Commerce.Orders;

namespace Commerce.Recommendations.Feeding;

/// <summary>
/// The order history from the orders module's PostgreSQL, page by page. Ids are spelled as the outbox's JSON spells
/// them (lower-case, hyphenated), so a replayed order MERGEs onto the edges its live OrderPlaced wrote. Only a
/// cancelled order replays as cancelled, as the live feed sees it: a refund is a PaymentRefunded event, which the
/// graph does not act on, so a refunded order stays a purchase in both.
/// </summary>
public sealed class OrderHistoryFromOrders(OrderHistoryReader orders) : IOrderHistory
{
    public async IAsyncEnumerable<HistoricOrder> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var order in orders.ReadAllAsync(OrderHistoryReader.DefaultPageSize, cancellationToken).WithCancellation(cancellationToken))
        {
            yield return new HistoricOrder(
                order.Id.ToString("D", CultureInfo.InvariantCulture),
                order.CustomerId.ToString("D", CultureInfo.InvariantCulture),
                order.Lines.Select(l => new OrderLine(l.ProductId, l.Quantity)).ToList(),
                order.CreatedAt,
                Cancelled: order.Status == OrderStatus.Cancelled);
        }
    }
}
