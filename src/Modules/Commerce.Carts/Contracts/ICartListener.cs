namespace Commerce.Carts;

/// <summary>
/// Lets other modules learn of cart additions: called by <c>addCartLine</c> once the line is stored. Called on the
/// request's path, so an implementation must only enqueue and return at once; an exception it throws is logged and
/// the request goes on. Register with <c>services.TryAddEnumerable(ServiceDescriptor.Singleton&lt;ICartListener, T&gt;())</c>.
/// </summary>
public interface ICartListener
{
    void LineAdded(CartLineAdded added);
}
