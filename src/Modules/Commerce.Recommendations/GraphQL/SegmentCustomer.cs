using Commerce.GraphQL;

namespace Commerce.Recommendations.GraphQL;

/// <summary>
/// A customer of a segment. The accounts module has no public customer service yet, so the segment carries ids;
/// accounts can extend this type with the customer's details.
/// </summary>
[GraphQLDescription("A customer in a marketing segment.")]
public sealed class SegmentCustomer(string id)
{
    [ID]
    public string Id { get; } = id;
}
