using Commerce.Accounts;
using Commerce.GraphQL;
using Commerce.GraphQL.Execution;

namespace Commerce.Carts;

[QueryType]
public sealed class CartQueries
{
    [GraphQLDescription("A cart by id. NOT_FOUND when there is none, it expired, or it belongs to another user.")]
    public Task<Cart> GetCartAsync([ID] string id, IResolverContext context, [Service] CartStore store) =>
        CartAccess.ReadAsync(store, id, context);

    [GraphQLDescription("The signed-in user's cart; null when anonymous or the user has none.")]
    public async Task<Cart?> GetMyCartAsync(IResolverContext context, [Service] CartStore store)
    {
        if (AccountContext.UserId(context) is not { } userId
            || await store.FindUserCartIdAsync(userId, context.RequestAborted) is not { } id)
        {
            return null;
        }

        var snapshot = await store.GetCartAsync(id, context.RequestAborted);
        return snapshot is null ? null : new Cart(snapshot);
    }
}
