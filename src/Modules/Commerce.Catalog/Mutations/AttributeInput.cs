using Commerce.GraphQL;

namespace Commerce.Catalog;

public sealed class AttributeInput
{
    public string Name { get; init; } = "";

    public string Value { get; init; } = "";

    [GraphQLDescription("text, number, boolean or color; defaults to text.")]
    public string? Type { get; init; }
}
