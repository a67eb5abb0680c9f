using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("A new product.")]
public sealed class CreateProductInput
{
    public string Name { get; init; } = "";

    [GraphQLDescription("Lower-case words joined by hyphens, e.g. steel-kettle-1l; unique.")]
    public string Slug { get; init; } = "";

    public string Sku { get; init; } = "";

    public string? Description { get; init; }

    [GraphQLDescription("At least 0, at most 2 decimals.")]
    public decimal Price { get; init; }

    public decimal? CompareAtPrice { get; init; }

    [GraphQLDescription("ISO 4217 code, three capital letters.")]
    public string Currency { get; init; } = "";

    [ID]
    public string CategoryId { get; init; } = "";

    public string? Vendor { get; init; }

    public List<VariantInput>? Variants { get; init; }

    public List<AttributeInput>? Attributes { get; init; }

    public List<ImageInput>? Images { get; init; }

    public SeoInput? Seo { get; init; }

    [GraphQLDescription("Defaults to DRAFT.")]
    public ProductStatus? Status { get; init; }
}
