using Commerce.Accounts;
using Commerce.GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace Commerce.Catalog;

/// <summary>Tells every <see cref="IProductViewListener"/> that a single-product field returned an active product.</summary>
public sealed class ProductViewNotifier(IEnumerable<IProductViewListener> listeners, TimeProvider time, ILogger<ProductViewNotifier> logger)
{
    private readonly IProductViewListener[] _listeners = listeners.ToArray();

    /// <summary>Returns <paramref name="product"/> unchanged, after notifying when it is an active product.</summary>
    public Product? Viewed(IResolverContext context, Product? product)
    {
        if (product is not { Status: ProductStatus.Active } || _listeners.Length == 0)
        {
            return product;
        }

        var view = new ProductView(product.Id, AccountContext.UserId(context)?.ToString(), SessionId: null, time.GetUtcNow());
        foreach (var listener in _listeners)
        {
            try
            {
                listener.ProductViewed(view);
            }
            catch (Exception e)
            {
                // Recording a view is never worth failing the shopper's request.
                logger.LogError(e, "Product view listener {Listener} failed for product {ProductId}", listener.GetType().Name, view.ProductId);
            }
        }

        return product;
    }
}
