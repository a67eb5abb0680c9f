using Commerce.Accounts;
using Commerce.GraphQL.Execution;

namespace Commerce.Carts;

/// <summary>Who may see a cart: anyone with a guest cart's id; only its owner for a user's cart (others get NOT_FOUND).</summary>
public static class CartAccess
{
    /// <summary>The caller as cart scripts name owners: the user id (N format), or empty when anonymous.</summary>
    public static string Caller(IResolverContext context) => AccountContext.UserId(context)?.ToString("N") ?? "";

    public static bool MayRead(IResolverContext context, CartSnapshot cart) =>
        cart.OwnerUserId is null || cart.OwnerUserId == AccountContext.UserId(context);

    public static async Task<Cart> ReadAsync(CartStore store, string cartId, IResolverContext context)
    {
        var snapshot = await store.GetCartAsync(cartId, context.RequestAborted);
        return snapshot is not null && MayRead(context, snapshot) ? new Cart(snapshot) : throw CartErrors.NotFound();
    }
}
