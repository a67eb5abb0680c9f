using Commerce.Accounts;
using Commerce.GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace Commerce.Carts;

/// <summary>Tells every <see cref="ICartListener"/> that <c>addCartLine</c> stored a line.</summary>
public sealed class CartLineNotifier(IEnumerable<ICartListener> listeners, TimeProvider time, ILogger<CartLineNotifier> logger)
{
    private readonly ICartListener[] _listeners = listeners.ToArray();

    public void LineAdded(IResolverContext context, string cartId, string productId, string variantSku, int quantity)
    {
        if (_listeners.Length == 0)
        {
            return;
        }

        var added = new CartLineAdded(cartId, AccountContext.UserId(context)?.ToString(), productId, variantSku, quantity, time.GetUtcNow());
        foreach (var listener in _listeners)
        {
            try
            {
                listener.LineAdded(added);
            }
            catch (Exception e)
            {
                // The line is in the cart already; failing the request now would only make the client add it again.
                logger.LogError(e, "Cart listener {Listener} failed for product {ProductId}", listener.GetType().Name, productId);
            }
        }
    }
}
