namespace Commerce.Recommendations.Queries;

/// <summary>Who a campaign targets: bought every product of one list, none of another, viewed any of a third, since a time.</summary>
public sealed record SegmentCriteria(
    IReadOnlyList<string> BoughtAll,
    IReadOnlyList<string> BoughtNone,
    IReadOnlyList<string> ViewedAny,
    DateTimeOffset? Since);

/// <summary>One page of a segment (customer ids ascending) and the size of the whole segment.</summary>
public sealed record SegmentPage(IReadOnlyList<string> CustomerIds, int Total, bool HasNextPage);
