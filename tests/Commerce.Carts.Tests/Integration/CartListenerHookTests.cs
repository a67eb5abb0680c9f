using System.Collections.Concurrent;
using Commerce.Carts.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Carts.Tests.Integration;

/// <summary>
/// The carts' hook, through real GraphQL over HTTP with real sessions: <c>addCartLine</c> tells every
/// <see cref="ICartListener"/> what it stored, with the customer; a refused addition tells nobody; a listener that
/// throws fails nothing, not even the next listener.
/// </summary>
public sealed class CartListenerHookTests(CartListenerHookTests.ListenedCarts host) : IClassFixture<CartListenerHookTests.ListenedCarts>
{
    public sealed class ListenedCarts : CartsHost
    {
        public ConcurrentQueue<CartLineAdded> Added { get; } = new();

        protected override void ConfigureServices(IServiceCollection services)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ICartListener, ThrowingListener>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ICartListener, RecordingListener>(_ => new RecordingListener(Added)));
        }
    }

    private sealed class ThrowingListener : ICartListener
    {
        public void LineAdded(CartLineAdded added) => throw new InvalidOperationException("listener failure for the test");
    }

    private sealed class RecordingListener(ConcurrentQueue<CartLineAdded> added) : ICartListener
    {
        public void LineAdded(CartLineAdded line) => added.Enqueue(line);
    }

    [Fact]
    public async Task Stored_additions_are_heard_with_cart_customer_product_variant_and_quantity_and_refused_ones_are_not()
    {
        var product = (await host.ActiveProductsAsync(1))[0];
        var (productId, sku) = (product["_id"].AsString, product["variants"].AsBsonArray[0]["sku"].AsString);
        var (token, userId) = await host.SignUpAsync();
        var userCart = await host.CreateCartAsync(token);
        var guestCart = await host.CreateCartAsync();
        host.Added.Clear();
        var before = DateTimeOffset.UtcNow;

        (await host.AddLineAsync(userCart, productId, sku, 4, token)).Ok();
        (await host.AddLineAsync(guestCart, productId, sku, 1)).Ok();
        var badVariant = await host.AddLineAsync(userCart, productId, "NO-SUCH-SKU", 1, token);
        var tooMany = await host.AddLineAsync(userCart, productId, sku, 99, token);
        var notYours = await host.AddLineAsync(userCart, productId, sku, 1);

        Assert.All([badVariant, tooMany, notYours], r => Assert.True(r.HasErrors));
        var heard = host.Added.ToList();
        Assert.Equal(
            [(userCart, userId, productId, sku, 4), (guestCart, (string?)null, productId, sku, 1)],
            heard.Select(a => (a.CartId, a.CustomerId, a.ProductId, a.VariantSku, a.Quantity)));
        Assert.All(heard, a => Assert.InRange(a.At, before, DateTimeOffset.UtcNow));
        Assert.Equal("4", (string?)await host.Redis.GetDatabase().HashGetAsync($"{host.KeyPrefix}:cart:{userCart}:lines", productId + "\u001f" + sku));
    }
}
