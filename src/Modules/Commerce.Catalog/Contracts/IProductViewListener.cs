namespace Commerce.Catalog;

/// <summary>
/// Lets other modules learn that a product was viewed: called by <c>product(id:)</c> and <c>productBySlug</c> after
/// they found an active product (listings are not views). Called on the request's path, so an implementation must
/// only enqueue and return at once; an exception it throws is logged and the request goes on.
/// Register with <c>services.TryAddEnumerable(ServiceDescriptor.Singleton&lt;IProductViewListener, T&gt;())</c>.
/// </summary>
public interface IProductViewListener
{
    void ProductViewed(ProductView view);
}
