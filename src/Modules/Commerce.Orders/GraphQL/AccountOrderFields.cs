using Commerce.Accounts;
using Commerce.GraphQL;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Relay;

namespace Commerce.Orders;

[ExtendObjectType(typeof(Account))]
public sealed class AccountOrderFields
{
    [GraphQLDescription("The user's orders, newest first unless ordered otherwise (keyset pages). Only the user and admins may list them.")]
    public Task<Connection<Order>> GetOrdersAsync(
        [Parent] Account account,
        IResolverContext context,
        [Service] OrderQueries queries,
        [GraphQLDescription("Page size, 0 to 100; default 20.")] int? first = null,
        [GraphQLDescription("The endCursor of the previous page.")] string? after = null,
        OrderFilterInput? where = null,
        OrderSortInput? order = null)
    {
        if (OrderAccess.RequireUser(context) != account.Id && !OrderAccess.IsAdmin(context))
        {
            throw new OrderException("No such user.", OrderErrorCodes.NotFound);
        }

        return queries.PageAsync(
            new OrderListing(account.Id, where?.Status, order?.CreatedAt ?? SortDirection.Desc, first ?? OrderListing.DefaultPageSize, after),
            context.RequestAborted);
    }
}
