using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("A named property of a product or variant, e.g. colour = red.")]
public sealed class ProductAttribute
{
    public string Name { get; init; } = "";

    public string Value { get; init; } = "";

    [GraphQLDescription("How to read the value: text, number, boolean or color.")]
    public string Type { get; init; } = "text";
}
