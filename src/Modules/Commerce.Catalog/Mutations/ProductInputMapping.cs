namespace Commerce.Catalog;

/// <summary>Input objects to the stored shapes.</summary>
public static class ProductInputMapping
{
    public static List<ProductVariant> Variants(IReadOnlyList<VariantInput> variants) =>
        variants.Select(v => new ProductVariant { Title = v.Title.Trim(), Sku = v.Sku, Price = v.Price, Attributes = Attributes(v.Attributes ?? []) }).ToList();

    public static List<ProductAttribute> Attributes(IReadOnlyList<AttributeInput> attributes) =>
        attributes.Select(a => new ProductAttribute { Name = a.Name.Trim(), Value = a.Value, Type = a.Type ?? "text" }).ToList();

    public static List<ProductImage> Images(IReadOnlyList<ImageInput> images) =>
        images.Select((image, i) => new ProductImage
        {
            Url = image.Url,
            Alt = image.Alt,
            Position = image.Position ?? i,
            Primary = image.Primary ?? i == 0,
        }).ToList();

    public static Seo? Seo(SeoInput? seo) => seo is null ? null : new Seo { Title = seo.Title, Description = seo.Description };

    public static ProductCategory Category(Category category) => new() { Id = category.Id, Name = category.Name, Path = category.Path };
}
