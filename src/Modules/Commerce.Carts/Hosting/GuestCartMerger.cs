using Commerce.Accounts;

namespace Commerce.Carts;

/// <summary>At login, folds the guest cart the client brought into the user's cart (quantities added, capped at 99).</summary>
internal sealed class GuestCartMerger(CartStore store) : ILoginListener
{
    public async Task OnLoggedInAsync(Guid userId, string? guestCartId, CancellationToken cancellationToken)
    {
        if (guestCartId is not null)
        {
            await store.MergeGuestCartAsync(userId, guestCartId, cancellationToken);
        }
    }
}
