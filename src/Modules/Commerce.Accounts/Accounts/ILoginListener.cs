namespace Commerce.Accounts;

/// <summary>
/// Lets other modules act when a user signs in (carts merge a guest cart here). Called after the session exists;
/// a listener's failure is logged and does not fail the login.
/// </summary>
public interface ILoginListener
{
    /// <param name="guestCartId">The <c>cartId</c> argument of <c>login</c>, when the client had a guest cart.</param>
    Task OnLoggedInAsync(Guid userId, string? guestCartId, CancellationToken cancellationToken);
}
