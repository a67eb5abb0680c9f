using System.Globalization;

namespace Commerce.Bench.Workload;

/// <summary>The deterministic data of ../shared/bench/data.md, generated once.</summary>
public sealed class WorkloadData
{
    private static readonly string[] Currencies = ["USD", "EUR", "GBP"];
    private static readonly string[] Titles = ["Small", "Medium", "Large"];
    private static readonly string[] Colors = ["red", "green", "blue", "black", "white"];
    private static readonly string[] Sizes = ["S", "M", "L"];

    public WorkloadData()
    {
        var customers = Enumerable.Range(0, 500).Select(c => new Customer(Str(c), "Customer " + Str(c))).ToArray();
        Categories = Enumerable.Range(0, 20).Select(k => new Category(Str(k), "Category " + Str(k))).ToArray();
        Products = new Product[1000];
        for (var i = 0; i < Products.Length; i++)
        {
            var cents = (i * 7919) % 10000;
            var product = new Product(Str(i), "Product " + Str(i), "product-" + Str(i), cents / 100d, Currencies[i % 3], i % 7 != 0, Categories[i % 20]);
            product.Variants = Enumerable.Range(0, 3).Select(j => new Variant(
                "SKU-" + Str(i) + "-" + Str(j),
                Titles[j],
                (cents + (250 * j)) / 100d,
                [new VariantAttribute("color", Colors[(i + j) % 5]), new VariantAttribute("size", Sizes[j])])).ToArray();
            product.AllReviews = Enumerable.Range(0, 5).Select(j => new Review(
                Str(i) + "-" + Str(j),
                ((i + j) % 5) + 1,
                "Review " + Str(j) + " of product " + Str(i) + ". Solid build quality and fast delivery; the size runs true and the colour matches the photos. Would buy again.",
                customers[((i * 31) + j) % 500])).ToArray();
            Products[i] = product;
            Categories[i % 20].AllProducts.Add(product);
        }

        foreach (var product in Products)
        {
            var i = int.Parse(product.Id, CultureInfo.InvariantCulture);
            product.AllRelated = Enumerable.Range(0, 5).Select(m => Products[(i + 1 + m) % 1000]).ToArray();
        }

        ById = Products.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public Product[] Products { get; }

    public Category[] Categories { get; }

    public IReadOnlyDictionary<string, Product> ById { get; }

    private static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);
}
