using Commerce.Accounts;
using Commerce.GraphQL;
using Commerce.GraphQL.Execution;

namespace Commerce.Carts;

[ExtendObjectType(typeof(LoginPayload))]
public sealed class LoginPayloadCartExtension
{
    [GraphQLDescription("The user's cart after the login, with the guest cart merged in; null when the user has none.")]
    public async Task<Cart?> GetCartAsync([Parent] LoginPayload payload, IResolverContext context, [Service] CartStore store)
    {
        if (await store.FindUserCartIdAsync(payload.User.Id, context.RequestAborted) is not { } id)
        {
            return null;
        }

        var snapshot = await store.GetCartAsync(id, context.RequestAborted);
        return snapshot is null ? null : new Cart(snapshot);
    }
}
