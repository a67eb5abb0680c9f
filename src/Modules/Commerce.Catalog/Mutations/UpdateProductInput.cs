using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("Changes to a product: only the fields given change; lists given replace the whole list.")]
public sealed class UpdateProductInput
{
    public string? Name { get; init; }

    public string? Slug { get; init; }

    public string? Sku { get; init; }

    public string? Description { get; init; }

    public decimal? Price { get; init; }

    public decimal? CompareAtPrice { get; init; }

    public string? Currency { get; init; }

    [ID]
    public string? CategoryId { get; init; }

    public string? Vendor { get; init; }

    public List<VariantInput>? Variants { get; init; }

    public List<AttributeInput>? Attributes { get; init; }

    public List<ImageInput>? Images { get; init; }

    public SeoInput? Seo { get; init; }

    public ProductStatus? Status { get; init; }
}
