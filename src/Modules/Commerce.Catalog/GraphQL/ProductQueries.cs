using Commerce.Drivers.Mongo;
using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Relay;

namespace Commerce.Catalog;

[QueryType]
public sealed class ProductQueries
{
    [GraphQLDescription("A product by id; null when there is none (or it is a draft and you are not an admin).")]
    public async Task<Product?> GetProductAsync([ID] string id, IResolverContext context, [Service] ProductViewNotifier views) =>
        views.Viewed(context, CatalogAccess.VisibleProduct(context, await context.DataLoader<ProductByIdDataLoader>().LoadAsync(id, context.RequestAborted)));

    [GraphQLDescription("A product by its slug; null when there is none (or it is a draft and you are not an admin).")]
    public async Task<Product?> GetProductBySlugAsync(string slug, IResolverContext context, [Service] CatalogDatabase database, [Service] ProductViewNotifier views)
    {
        var product = await StoreGuard.RunAsync(
            () => database.Products.FindAsync(Filter.Eq("slug", slug), new FindOptions { Limit = 1 }, context.RequestAborted).FirstOrDefaultAsync(context.RequestAborted));
        return views.Viewed(context, CatalogAccess.VisibleProduct(context, product));
    }

    [GraphQLDescription("Products matching a text search and a filter, in pages (one MongoDB round trip a page).")]
    public Task<Connection<Product>> GetProductsAsync(
        IResolverContext context,
        [Service] ProductSearch productSearch,
        [GraphQLDescription("Words to look for in names, descriptions and attribute values.")] string? search = null,
        ProductFilterInput? where = null,
        [GraphQLDescription("Defaults to RELEVANCE with a search, NAME_ASC without.")] ProductOrder? order = null,
        [GraphQLDescription("Page size, 0 to 100; default 20.")] int? first = null,
        [GraphQLDescription("The endCursor of the previous page.")] string? after = null)
    {
        var text = ProductMatch.NormalizeSearch(search);
        var size = first ?? ProductListing.DefaultPageSize;
        if (size is < 0 or > ProductListing.MaxPageSize)
        {
            throw new GraphQLException($"\"first\" must be between 0 and {ProductListing.MaxPageSize}.", CatalogErrorCodes.ValidationFailed);
        }

        var offset = after is null ? 0 : ProductCursor.Decode(after) + 1;
        var listing = new ProductListing(
            text,
            where,
            ProductSort.Resolve(order, text is not null),
            CatalogAccess.VisibleStatuses(context, where?.Status),
            size,
            offset);
        return productSearch.ListAsync(listing, context.RequestAborted);
    }

    [GraphQLDescription("Counts of the matching products by category, vendor and price band (one MongoDB round trip).")]
    public Task<ProductFacets> GetProductFacetsAsync(
        IResolverContext context,
        [Service] ProductSearch productSearch,
        string? search = null,
        ProductFilterInput? where = null) =>
        productSearch.FacetsAsync(ProductMatch.NormalizeSearch(search), where, CatalogAccess.VisibleStatuses(context, where?.Status), context.RequestAborted);
}
