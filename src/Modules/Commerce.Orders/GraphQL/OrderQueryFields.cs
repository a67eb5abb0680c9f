using Commerce.GraphQL;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Relay;

namespace Commerce.Orders;

[QueryType]
public sealed class OrderQueryFields
{
    [GraphQLDescription("The signed-in customer's orders, newest first unless ordered otherwise (keyset pages).")]
    public Task<Connection<Order>> GetMyOrdersAsync(
        IResolverContext context,
        [Service] OrderQueries queries,
        [GraphQLDescription("Page size, 0 to 100; default 20.")] int? first = null,
        [GraphQLDescription("The endCursor of the previous page.")] string? after = null,
        OrderFilterInput? where = null,
        OrderSortInput? order = null) =>
        queries.PageAsync(
            new OrderListing(OrderAccess.RequireUser(context), where?.Status, order?.CreatedAt ?? SortDirection.Desc, first ?? OrderListing.DefaultPageSize, after),
            context.RequestAborted);

    [GraphQLDescription("An order by number. Customers see only their own: anyone else's is NOT_FOUND.")]
    public async Task<Order> GetOrderAsync(string number, IResolverContext context, [Service] OrderQueries queries)
    {
        var userId = OrderAccess.RequireUser(context);
        var order = await queries.ByNumberAsync(number, context.RequestAborted);
        return order is not null && (order.CustomerId == userId || OrderAccess.IsAdmin(context))
            ? order
            : throw new OrderException($"No order \"{number}\".", OrderErrorCodes.NotFound);
    }

    [GraphQLDescription("Admins only: the orders of every customer, or of one.")]
    public Task<Connection<Order>> GetOrdersAsync(
        IResolverContext context,
        [Service] OrderQueries queries,
        int? first = null,
        string? after = null,
        OrderFilterInput? where = null,
        OrderSortInput? order = null,
        [ID] string? customerId = null)
    {
        OrderAccess.RequireAdmin(context);
        Guid? customer = null;
        if (customerId is not null)
        {
            customer = Guid.TryParse(customerId, out var parsed)
                ? parsed
                : throw new OrderException("customerId is not a customer id.", OrderErrorCodes.ValidationFailed);
        }

        return queries.PageAsync(
            new OrderListing(customer, where?.Status, order?.CreatedAt ?? SortDirection.Desc, first ?? OrderListing.DefaultPageSize, after),
            context.RequestAborted);
    }

    [GraphQLDescription("Admins only: the stock level of a SKU (null when it has none).")]
    public async Task<StockLevel?> GetStockLevelAsync(string sku, IResolverContext context, [Service] StockOperations stock)
    {
        OrderAccess.RequireAdmin(context);
        return await stock.FindAsync(sku, context.RequestAborted);
    }
}
