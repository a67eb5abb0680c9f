using Commerce.Carts;
using Commerce.Catalog;

namespace Commerce.Orders;

/// <summary>
/// Checkout from a cart: read it (it must be the customer's), price it from the catalog, place the order in one
/// transaction, then clear the cart at the version that was read (lines added meanwhile stay). A replayed
/// idempotency key returns the first order and touches nothing.
/// </summary>
public sealed class CheckoutService(ICartReader carts, OrderPlacement placement)
{
    public async Task<Order> CheckoutAsync(
        Guid customerId,
        CheckoutInput input,
        Func<IReadOnlyCollection<string>, Task<IReadOnlyDictionary<string, Product?>>> loadProducts,
        CancellationToken cancellationToken = default)
    {
        var cart = await carts.GetCartAsync(input.CartId, cancellationToken);
        if (cart is null || cart.OwnerUserId != customerId)
        {
            // A replay after the cart was cleared still answers with the order.
            if (cart is null || cart.Lines.Count == 0)
            {
                var replay = await placement.FindReplayAsync(input.IdempotencyKey, customerId, cancellationToken);
                if (replay is not null)
                {
                    return replay;
                }
            }

            throw new OrderException("No such cart.", OrderErrorCodes.NotFound);
        }

        if (cart.Lines.Count == 0)
        {
            var replay = await placement.FindReplayAsync(input.IdempotencyKey, customerId, cancellationToken);
            return replay ?? throw new OrderException("The cart is empty.", OrderErrorCodes.CartEmpty);
        }

        var products = await loadProducts(cart.Lines.Select(l => l.ProductId).Distinct(StringComparer.Ordinal).ToList());
        var (lines, currency) = CheckoutPricing.Price(cart.Lines, products);
        var placed = await placement.PlaceAsync(
            new PlaceOrderRequest(customerId, lines, currency, input.ShippingAddress.ToAddress(), input.BillingAddress.ToAddress(), input.Payment.Method, input.Payment.Token, input.IdempotencyKey),
            cancellationToken);
        if (placed.Created)
        {
            await carts.ClearCartAsync(cart.Id, cart.Version, CancellationToken.None);
        }

        return placed.Order;
    }
}
