using Commerce.Carts;

namespace Commerce.Analytics;

/// <summary>
/// The carts module's additions into the event queue. Unlike <see cref="AnalyticsIngestion.RecordAddToCartAsync"/>
/// it never waits for room: it runs on the shopper's request, and a queue that stays full means Cassandra has been
/// down for a while, when making shoppers wait would not bring it back (the loss is counted instead).
/// The cart id is not recorded: a guest cart's id is the key to the cart.
/// </summary>
public sealed class CartAdditionRecorder(AnalyticsIngestion ingestion) : ICartListener
{
    public void LineAdded(CartLineAdded added) =>
        ingestion.TryRecordAddToCart(added.ProductId, added.Quantity, added.CustomerId, sessionId: null, added.At);
}
