using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Catalog.Tests.Infrastructure;

/// <summary>A <see cref="CatalogHost"/> with the demo data, and every stored product read back by the test itself.</summary>
public class SeededCatalog : CatalogHost
{
    public IReadOnlyList<StoredProduct> Stored { get; private set; } = [];

    public IEnumerable<StoredProduct> Active => Stored.Where(p => p.Status == "active");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var documents = await Products.FindAsync(Filter.Empty, new FindOptions { BatchSize = 1000 }).ToListAsync();
        Stored = documents.Select(StoredProduct.From).ToList();
    }

    public static bool InSubtree(StoredProduct product, string path) =>
        product.CategoryPath == path || product.CategoryPath.StartsWith(path + "/", StringComparison.Ordinal);

    /// <summary>The orders as the test understands them: MongoDB compares strings by their UTF-8 bytes, ordinal for this ASCII data.</summary>
    public static IEnumerable<StoredProduct> Ordered(IEnumerable<StoredProduct> products, string order) => order switch
    {
        "PRICE_ASC" => products.OrderBy(p => p.Price).ThenBy(p => p.Id, StringComparer.Ordinal),
        "PRICE_DESC" => products.OrderByDescending(p => p.Price).ThenBy(p => p.Id, StringComparer.Ordinal),
        "NAME_ASC" => products.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal),
        "NAME_DESC" => products.OrderByDescending(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal),
        "NEWEST" => products.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id, StringComparer.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
    };
}
