using Commerce.Catalog;
using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Orders;

[MutationType]
public sealed class OrderMutationFields
{
    [GraphQLDescription("Places an order from a cart in one transaction (priced now, stock reserved, payment authorized), then empties the cart.")]
    public async Task<Order> CheckoutAsync(CheckoutInput input, IResolverContext context, [Service] CheckoutService checkout, [Service] ProductReader catalog)
    {
        var userId = OrderAccess.RequireUser(context);

        // Priced from MongoDB itself, not the product cache: an order is charged what the catalog says now.
        return await checkout.CheckoutAsync(
            userId,
            input,
            async ids =>
            {
                var products = (await catalog.FindAsync(ids, context.RequestAborted)).ToDictionary(p => p.Id, StringComparer.Ordinal);
                return ids.ToDictionary(id => id, id => products.GetValueOrDefault(id), StringComparer.Ordinal);
            },
            context.RequestAborted);
    }

    [GraphQLDescription("Admins only: captures an authorized payment (all of it unless an amount is given); the order becomes PAID.")]
    public async Task<Payment> CapturePaymentAsync([ID] string paymentId, IResolverContext context, [Service] PaymentOperations payments, decimal? amount = null)
    {
        OrderAccess.RequireAdmin(context);
        return await payments.CaptureAsync(ParseId(paymentId, "paymentId"), amount, context.RequestAborted);
    }

    [GraphQLDescription("Admins only: refunds part or all of a captured payment; refunds together never exceed the capture. A retry with the same idempotencyKey returns the refund already made.")]
    public async Task<Refund> RefundPaymentAsync([ID] string paymentId, decimal amount, IResolverContext context, [Service] PaymentOperations payments, string? reason = null, string? idempotencyKey = null)
    {
        OrderAccess.RequireAdmin(context);
        return await payments.RefundAsync(ParseId(paymentId, "paymentId"), amount, reason, idempotencyKey, context.RequestAborted);
    }

    [GraphQLDescription("Cancels a pending order (its own customer or an admin): stock goes back, the authorization is voided.")]
    public async Task<Order> CancelOrderAsync(string number, IResolverContext context, [Service] OrderQueries queries, [Service] OrderCancellation cancellation)
    {
        var userId = OrderAccess.RequireUser(context);
        var order = await queries.ByNumberAsync(number, context.RequestAborted);
        if (order is null || (order.CustomerId != userId && !OrderAccess.IsAdmin(context)))
        {
            throw new OrderException($"No order \"{number}\".", OrderErrorCodes.NotFound);
        }

        return await cancellation.CancelAsync(order.Id, context.RequestAborted);
    }

    [GraphQLDescription("Admins only: sets a SKU's units on hand (creating its level), with a ledger row.")]
    public async Task<StockLevel> SetStockAsync(string sku, int quantity, IResolverContext context, [Service] StockOperations stock)
    {
        OrderAccess.RequireAdmin(context);
        return await stock.SetAsync(sku, quantity, context.RequestAborted);
    }

    [GraphQLDescription("Admins only: moves a SKU's units on hand by a delta (never below zero), with a ledger row.")]
    public async Task<StockLevel> AdjustStockAsync(string sku, int delta, IResolverContext context, [Service] StockOperations stock)
    {
        OrderAccess.RequireAdmin(context);
        return await stock.AdjustAsync(sku, delta, context.RequestAborted);
    }

    private static Guid ParseId(string id, string name) =>
        Guid.TryParse(id, out var guid) ? guid : throw new OrderException($"{name} is not an id.", OrderErrorCodes.ValidationFailed);
}
