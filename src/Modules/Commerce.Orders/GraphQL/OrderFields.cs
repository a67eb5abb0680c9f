using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Orders;

[ExtendObjectType(typeof(Order))]
public sealed class OrderFields
{
    public Task<OrderLine[]> GetLinesAsync([Parent] Order order, IResolverContext context) =>
        context.DataLoader<OrderLinesByOrderIdDataLoader>().LoadAsync(order.Id, context.RequestAborted);

    public Task<Payment[]> GetPaymentsAsync([Parent] Order order, IResolverContext context) =>
        context.DataLoader<PaymentsByOrderIdDataLoader>().LoadAsync(order.Id, context.RequestAborted);

    public Task<Refund[]> GetRefundsAsync([Parent] Order order, IResolverContext context) =>
        context.DataLoader<RefundsByOrderIdDataLoader>().LoadAsync(order.Id, context.RequestAborted);

    [GraphQLDescription("Per outbox handler: whether it has seen every event of this order.")]
    public Task<OrderSync[]> GetSyncAsync([Parent] Order order, IResolverContext context) =>
        context.DataLoader<OrderSyncByOrderIdDataLoader>().LoadAsync(order.Id, context.RequestAborted);
}
