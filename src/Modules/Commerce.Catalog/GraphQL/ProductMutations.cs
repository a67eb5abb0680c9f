using Commerce.GraphQL;
using Commerce.GraphQL.Execution;

namespace Commerce.Catalog;

[MutationType]
public sealed class ProductMutations
{
    [GraphQLDescription("Adds a product (admins only). VALIDATION_FAILED lists every offending field; DUPLICATE_SKU or DUPLICATE_SLUG when taken.")]
    public Task<Product> CreateProductAsync(CreateProductInput input, IResolverContext context, [Service] ProductWriter writer)
    {
        CatalogAccess.RequireAdmin(context);
        return writer.CreateAsync(input, context.RequestAborted);
    }

    [GraphQLDescription("Changes the given fields of a product and leaves the others as they are (admins only). NOT_FOUND for an unknown id.")]
    public Task<Product> UpdateProductAsync([ID] string id, UpdateProductInput input, IResolverContext context, [Service] ProductWriter writer)
    {
        CatalogAccess.RequireAdmin(context);
        return writer.UpdateAsync(id, input, context.RequestAborted);
    }

    [GraphQLDescription("Takes a product off sale; orders still reach it by id (admins only). NOT_FOUND for an unknown id.")]
    public Task<Product> ArchiveProductAsync([ID] string id, IResolverContext context, [Service] ProductWriter writer)
    {
        CatalogAccess.RequireAdmin(context);
        return writer.ArchiveAsync(id, context.RequestAborted);
    }
}
