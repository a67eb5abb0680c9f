using Commerce.GraphQL;

namespace Commerce.Catalog;

public sealed class VariantInput
{
    public string Title { get; init; } = "";

    public string Sku { get; init; } = "";

    public decimal Price { get; init; }

    public List<AttributeInput>? Attributes { get; init; }
}
