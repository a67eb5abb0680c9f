using System.Collections.Concurrent;
using System.Text.Json;
using Commerce.Catalog.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>
/// The catalog's view hook, through real GraphQL over HTTP: <c>product</c> and <c>productBySlug</c> tell every
/// <see cref="IProductViewListener"/> about an active product they return, with the viewer; listings, drafts,
/// archived and unknown products are not views; a listener that throws fails nothing, not even the next listener.
/// </summary>
public sealed class ProductViewHookTests(ProductViewHookTests.ListenedCatalog catalog) : IClassFixture<ProductViewHookTests.ListenedCatalog>
{
    public sealed class ListenedCatalog : SeededCatalog
    {
        public ConcurrentQueue<ProductView> Views { get; } = new();

        protected override void ConfigureServices(IServiceCollection services)
        {
            // The throwing listener comes first: the recording one must still hear every view.
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IProductViewListener, ThrowingListener>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IProductViewListener, RecordingListener>(_ => new RecordingListener(Views)));
        }
    }

    private sealed class ThrowingListener : IProductViewListener
    {
        public void ProductViewed(ProductView view) => throw new InvalidOperationException("listener failure for the test");
    }

    private sealed class RecordingListener(ConcurrentQueue<ProductView> views) : IProductViewListener
    {
        public void ProductViewed(ProductView view) => views.Enqueue(view);
    }

    [Fact]
    public async Task A_guest_fetching_an_active_product_by_id_is_one_view_without_a_customer()
    {
        var product = catalog.Active.ElementAt(3);

        var (views, response) = await ViewsDuringAsync(() => catalog.PostAsync("query($id: ID!) { product(id: $id) { id name } }", new { id = product.Id }));

        Assert.Equal(product.Name, response.Ok().GetProperty("product").GetProperty("name").GetString());
        var view = Assert.Single(views.Views);
        Assert.Equal((product.Id, (string?)null, (string?)null), (view.ProductId, view.CustomerId, view.SessionId));
        Assert.InRange(view.At, views.Before, views.After);
    }

    [Fact]
    public async Task A_signed_in_customer_fetching_by_slug_is_a_view_under_their_id_and_each_alias_counts()
    {
        var product = catalog.Active.ElementAt(5);
        var customer = Guid.NewGuid();

        var (views, response) = await ViewsDuringAsync(() => catalog.PostAsync(
            "query($s: String!) { a: productBySlug(slug: $s) { id } b: productBySlug(slug: $s) { id } }", new { s = product.Slug }, role: "customer", userId: customer.ToString()));

        Assert.Equal(product.Id, response.Ok().GetProperty("a").GetProperty("id").GetString());
        Assert.Equal([(product.Id, customer.ToString()), (product.Id, customer.ToString())], views.Views.Select(v => (v.ProductId, v.CustomerId)));
    }

    [Fact]
    public async Task Listings_drafts_archived_and_unknown_products_are_not_views()
    {
        var draft = catalog.Stored.First(p => p.Status == "draft");
        var archived = catalog.Stored.First(p => p.Status == "archived");

        var (views, responses) = await ViewsDuringAsync(async () => new[]
        {
            await catalog.PostAsync("{ products(first: 50) { nodes { id } } productFacets { vendors { vendor } } }"),
            await catalog.AdminAsync("query($id: ID!, $s: String!) { product(id: $id) { id } productBySlug(slug: $s) { id } }", new { id = draft.Id, s = draft.Slug }),
            await catalog.PostAsync("query($id: ID!, $s: String!) { product(id: $id) { id } productBySlug(slug: $s) { id } }", new { id = archived.Id, s = archived.Slug }),
            await catalog.PostAsync("{ product(id: \"no-such-product\") { id } productBySlug(slug: \"no-such-slug\") { id } }"),
        });

        Assert.Equal(50, responses[0].Ok().GetProperty("products").GetProperty("nodes").GetArrayLength());
        Assert.Equal(draft.Id, responses[1].Ok().GetProperty("product").GetProperty("id").GetString());
        Assert.Equal(archived.Id, responses[2].Ok().GetProperty("productBySlug").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, responses[3].Ok().GetProperty("product").ValueKind);
        Assert.Empty(views.Views);
    }

    /// <summary>The views heard while <paramref name="requests"/> ran (the class's tests run one at a time).</summary>
    private async Task<((List<ProductView> Views, DateTimeOffset Before, DateTimeOffset After) Views, T Result)> ViewsDuringAsync<T>(Func<Task<T>> requests)
    {
        catalog.Views.Clear();
        var before = DateTimeOffset.UtcNow;
        var result = await requests();
        var after = DateTimeOffset.UtcNow;
        return ((catalog.Views.ToList(), before, after), result);
    }
}
