using Commerce.GraphQL.AspNetCore;
using Commerce.Orders;

namespace Microsoft.Extensions.DependencyInjection;

public static class OrdersGraphQLBuilderExtensions
{
    /// <summary>
    /// Adds the orders module's queries (me.orders, myOrders, order, orders, stockLevel), mutations (checkout, capturePayment,
    /// refundPayment, cancelOrder, setStock, adjustStock) and fields (Order.lines/payments/refunds/sync,
    /// OrderLine.product, Product.stock/inStock). Needs the catalog's types in the schema.
    /// </summary>
    public static GraphQLServerBuilder AddOrdersTypes(this GraphQLServerBuilder builder) =>
        builder.ConfigureSchema(schema => schema
            .AddTypeExtension<OrderQueryFields>()
            .AddTypeExtension<OrderMutationFields>()
            .AddTypeExtension<AccountOrderFields>()
            .AddTypeExtension<OrderFields>()
            .AddTypeExtension<OrderLineFields>()
            .AddTypeExtension<ProductStockFields>());
}
