using Commerce.Catalog;
using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Carts;

/// <summary>Cart fields that need the catalog: every product of a request comes through its batched loader (cached per request).</summary>
[ExtendObjectType(typeof(Cart))]
public sealed class CartExtensions
{
    [GraphQLDescription("The sum of the line totals at current prices; lines no longer on sale are left out.")]
    public async Task<Money> GetSubtotalAsync([Parent] Cart cart, IResolverContext context)
    {
        var lines = cart.Snapshot.Lines;
        var products = await context.DataLoader<ProductByIdDataLoader>().LoadAsync(lines.Select(l => l.ProductId).Distinct().ToList(), context.RequestAborted);
        var byId = products.Where(p => p is not null).ToDictionary(p => p!.Id, StringComparer.Ordinal);
        var total = lines
            .Select(l => (Price: CartPricing.UnitPrice(byId.GetValueOrDefault(l.ProductId), l.VariantSku), l.Quantity))
            .Where(x => x.Price is not null && x.Price.Currency == cart.Currency)
            .Sum(x => x.Price!.Amount * x.Quantity);
        return new Money(total, cart.Currency);
    }
}

[ExtendObjectType(typeof(CartLine))]
public sealed class CartLineExtensions
{
    public async Task<Product?> GetProductAsync([Parent] CartLine line, IResolverContext context) =>
        CatalogAccess.VisibleProduct(context, await Load(line, context));

    public async Task<ProductVariant?> GetVariantAsync([Parent] CartLine line, IResolverContext context) =>
        CartPricing.Variant(CatalogAccess.VisibleProduct(context, await Load(line, context)), line.VariantSku);

    [GraphQLDescription("The variant's current price; null when the product is no longer on sale or lost the variant.")]
    public async Task<Money?> GetUnitPriceAsync([Parent] CartLine line, IResolverContext context) =>
        CartPricing.UnitPrice(await Load(line, context), line.VariantSku);

    [GraphQLDescription("unitPrice times quantity; null when unitPrice is.")]
    public async Task<Money?> GetLineTotalAsync([Parent] CartLine line, IResolverContext context) =>
        CartPricing.UnitPrice(await Load(line, context), line.VariantSku) is { } price ? price with { Amount = price.Amount * line.Quantity } : null;

    [GraphQLDescription("False when the product is no longer on sale or lost the variant; checkout refuses such lines.")]
    public async Task<bool> GetAvailableAsync([Parent] CartLine line, IResolverContext context) =>
        CartPricing.UnitPrice(await Load(line, context), line.VariantSku) is not null;

    private static Task<Product?> Load(CartLine line, IResolverContext context) =>
        context.DataLoader<ProductByIdDataLoader>().LoadAsync(line.ProductId, context.RequestAborted);
}
