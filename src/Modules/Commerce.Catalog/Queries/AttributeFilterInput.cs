using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("Matches products having an attribute of this name with any of these values.")]
public sealed class AttributeFilterInput
{
    public string Name { get; init; } = "";

    public List<string> Values { get; init; } = [];
}
