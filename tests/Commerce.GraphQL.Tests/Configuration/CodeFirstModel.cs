namespace Commerce.GraphQL.Tests.Configuration;

// A small catalog written the way a module would write it, to build a schema from.
public enum ProductStatus
{
    Draft,
    Active,
    ArchivedForGood,
}

public interface IEntity
{
    [ID]
    string Id { get; }
}

public sealed record Product(
    [property: ID] string Id,
    string Name,
    decimal Price,
    string? Description,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Variant?>? Variants,
    ProductStatus Status) : IEntity
{
    [GraphQLDescription("The price with tax, computed.")]
    public decimal PriceWithTax(decimal rate = 0.2m) => Price * (1 + rate);

    [Obsolete("Use name.")]
    public string Title => Name;
}

public sealed record Variant(string Sku, int? Stock, long Weight);

public sealed record ProductFilter(string? NameContains, decimal? MinPrice, ProductStatus? Status, IReadOnlyList<string>? Tags);

[OneOf]
public sealed record ProductReference(string? Id, string? Slug);

public sealed record CreateProductInput(string Name, decimal Price, ProductStatus Status = ProductStatus.Draft);

public sealed class Query
{
    public Product? GetProduct([ID] string id) => Catalog.Products.FirstOrDefault(p => p.Id == id);

    public IReadOnlyList<Product> Products(int first = 10, ProductFilter? where = null) =>
        Catalog.Products.Where(p => where?.NameContains is null || p.Name.Contains(where.NameContains)).Take(first).ToList();

    public Product? Find(ProductReference by) => Catalog.Products.FirstOrDefault(p => p.Id == by.Id);

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(Catalog.Products.Count);

    public IEntity? Entity([ID] string id) => GetProduct(id);
}

[ExtendObjectType(typeof(Product))]
public sealed class ProductStockExtension
{
    public bool InStock([Parent] Product product) => product.Variants?.Any(v => v?.Stock > 0) ?? false;
}

[MutationType]
public sealed class CatalogMutations
{
    public Product CreateProduct(CreateProductInput input) =>
        new("new", input.Name, input.Price, null, [], null, input.Status);
}

public static class Catalog
{
    public static readonly IReadOnlyList<Product> Products =
    [
        new("1", "Kettle", 25.5m, "Boils water.", ["kitchen"], [new Variant("K-1", 3, 1200), null], ProductStatus.Active),
        new("2", "Toaster", 40m, null, [], null, ProductStatus.Draft),
    ];
}
