using System.Globalization;
using System.Text;
using Bogus;

namespace Commerce.Catalog;

/// <summary>
/// Demo products from Bogus with a fixed seed: the same products, field for field, on every run. Dates come from a
/// fixed base, never from the clock.
/// </summary>
public static class DemoProducts
{
    public const int DefaultSeed = 20261122;
    public const int DefaultCount = 2000;

    private static readonly DateTime Base = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Vendors =
    [
        "Acme", "Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella", "Stark Goods", "Wayne Supply", "Hooli", "Vandelay", "Soylent",
    ];

    private static readonly string[] Sizes = ["S", "M", "L", "XL"];

    public static IReadOnlyList<Product> Generate(IReadOnlyList<Category> categories, int count = DefaultCount, int seed = DefaultSeed)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        var leaves = categories.Where(c => !categories.Any(child => child.Parent == c.Id)).ToList();
        var products = new List<Product>(count);
        for (var i = 1; i <= count; i++)
        {
            products.Add(Create(faker, leaves, i));
        }

        return products;
    }

    private static Product Create(Faker f, IReadOnlyList<Category> leaves, int number)
    {
        var id = "prod-" + number.ToString("D5", CultureInfo.InvariantCulture);
        var sku = "SKU-" + number.ToString("D5", CultureInfo.InvariantCulture);
        var category = leaves[f.Random.Int(0, leaves.Count - 1)];
        var noun = Singular(category.Name);
        var name = $"{f.Commerce.ProductAdjective()} {f.Commerce.ProductMaterial()} {noun}";
        var price = decimal.Round(f.Random.Decimal(2m, 1500m), 2);
        var createdAt = Base.AddMinutes(f.Random.Int(0, 600 * 24 * 60));
        var color = f.Commerce.Color();
        var material = f.Commerce.ProductMaterial();
        var status = f.Random.Int(1, 100) switch
        {
            <= 90 => ProductStatuses.Active,
            <= 96 => ProductStatuses.Draft,
            _ => ProductStatuses.Archived,
        };

        var variantCount = f.Random.Int(1, 4);
        var variants = new List<ProductVariant>(variantCount);
        for (var v = 0; v < variantCount; v++)
        {
            variants.Add(new ProductVariant
            {
                Title = $"{noun} {Sizes[v]}",
                Sku = $"{sku}-{Sizes[v]}",
                Price = price + (v * 5m),
                Attributes = [new ProductAttribute { Name = "size", Value = Sizes[v], Type = "text" }],
            });
        }

        var imageCount = f.Random.Int(1, 3);
        return new Product
        {
            Id = id,
            Name = name,
            Slug = Slugify(name) + "-" + number.ToString(CultureInfo.InvariantCulture),
            Sku = sku,
            Description = f.Commerce.ProductDescription(),
            Pricing = new Pricing
            {
                Price = price,
                CompareAtPrice = f.Random.Bool(0.3f) ? decimal.Round(price * 1.25m, 2) : null,
                Currency = "EUR",
            },
            Category = new ProductCategory { Id = category.Id, Name = category.Name, Path = category.Path },
            Vendor = f.PickRandom(Vendors),
            Variants = variants,
            Attributes =
            [
                new ProductAttribute { Name = "color", Value = color, Type = "color" },
                new ProductAttribute { Name = "material", Value = material, Type = "text" },
                new ProductAttribute { Name = "weight", Value = f.Random.Int(50, 5000).ToString(CultureInfo.InvariantCulture), Type = "number" },
            ],
            Images = Enumerable.Range(0, imageCount).Select(k => new ProductImage
            {
                Url = $"https://images.example.com/products/{id}/{k + 1}.jpg",
                Alt = $"{name}, view {k + 1}",
                Position = k,
                Primary = k == 0,
            }).ToList(),
            Seo = new Seo { Title = $"{name} | Commerce", Description = $"Buy the {name.ToLowerInvariant()} from {category.Name.ToLowerInvariant()}." },
            StatusName = status,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
    }

    private static string Singular(string name) =>
        name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal) ? name[..^1] : name;

    private static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
