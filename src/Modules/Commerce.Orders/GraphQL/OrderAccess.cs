using Commerce.Accounts;
using Commerce.GraphQL.Execution;

namespace Commerce.Orders;

/// <summary>Who is asking, as the accounts module's authentication says: a signed-in user (password session) and its roles.</summary>
public static class OrderAccess
{
    public static bool IsAdmin(IResolverContext context) => AccountContext.Principal(context)?.IsInRole(Roles.Admin) == true;

    public static Guid RequireUser(IResolverContext context) =>
        AccountContext.UserId(context) ?? throw new OrderException("Sign in to see or place orders.", OrderErrorCodes.Unauthenticated);

    public static void RequireAdmin(IResolverContext context)
    {
        if (AccountContext.Principal(context) is null)
        {
            throw new OrderException("Sign in first.", OrderErrorCodes.Unauthenticated);
        }

        if (!IsAdmin(context))
        {
            throw new OrderException("Only admins may do this.", OrderErrorCodes.Forbidden);
        }
    }
}
