using Commerce.Drivers.Bolt;
using Commerce.Recommendations.Feeding;
using Commerce.Recommendations.Graph;

namespace Commerce.Recommendations.Queries;

/// <summary>Runs the recommendation walks; one Neo4j round trip each.</summary>
public sealed class RecommendationReader(RecommendationsGraph graph)
{
    public const int MaxFirst = 50;

    public async Task<Dictionary<string, List<ScoredProduct>>> FrequentlyBoughtTogetherAsync(IReadOnlyCollection<string> productIds, int limit, CancellationToken cancellationToken)
    {
        var records = await graph.ReadAsync(RecommendationCypher.FrequentlyBoughtTogether, Parameters(productIds, limit), cancellationToken);
        return records.ToDictionary(
            r => r.Get<string>("id"),
            r => r.Get<List<Dictionary<string, object?>>>("top")
                .Select(t => Scored(t, score => $"Bought together in {Count(score, "order")}."))
                .ToList(),
            StringComparer.Ordinal);
    }

    public async Task<Dictionary<string, List<ScoredProduct>>> SimilarAsync(IReadOnlyCollection<string> productIds, int limit, CancellationToken cancellationToken)
    {
        var records = await graph.ReadAsync(RecommendationCypher.Similar, Parameters(productIds, limit), cancellationToken);
        return records.ToDictionary(
            r => r.Get<string>("id"),
            r => r.Get<List<Dictionary<string, object?>>>("top")
                .Select(t => Scored(t, _ => SimilarReason(t["categories"].As<int>(), t["viewers"].As<int>())))
                .ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>Customers who bought what this customer bought also bought; best sellers of their categories when that finds nothing.</summary>
    public async Task<List<ScoredProduct>> ForCustomerAsync(string customerId, int limit, CancellationToken cancellationToken)
    {
        if (limit == 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?> { ["customerId"] = customerId, ["limit"] = (long)limit };
        var alsoBought = await graph.ReadAsync(RecommendationCypher.AlsoBought, parameters, cancellationToken);
        if (alsoBought.Count > 0)
        {
            return alsoBought
                .Select(r => Scored(r.Get<string>("id"), r.Get<int>("score"), score => $"Bought by {Count(score, "customer")} who bought what you bought."))
                .ToList();
        }

        var bestSellers = await graph.ReadAsync(RecommendationCypher.BestSellersInCustomerCategories, parameters, cancellationToken);
        return bestSellers
            .Select(r => Scored(r.Get<string>("id"), r.Get<int>("score"), score => $"Best seller in your categories ({Count(score, "unit")} sold)."))
            .ToList();
    }

    public async Task<SegmentPage> SegmentAsync(SegmentCriteria criteria, int first, string? after, CancellationToken cancellationToken)
    {
        if (criteria.BoughtAll.Count == 0 && criteria.ViewedAny.Count == 0)
        {
            throw new ArgumentException("A segment needs at least one product in boughtAll or viewedAny to start from.", nameof(criteria));
        }

        var parameters = new Dictionary<string, object?>
        {
            ["anchor"] = criteria.BoughtAll.FirstOrDefault(),
            ["boughtAll"] = criteria.BoughtAll.ToList(),
            ["boughtNone"] = criteria.BoughtNone.ToList(),
            ["viewedAny"] = criteria.ViewedAny.ToList(),
            ["since"] = criteria.Since is { } since ? EpochMillis.From(since) : null,
            ["after"] = after,
            ["take"] = (long)first + 1,
        };
        var cypher = criteria.BoughtAll.Count > 0 ? RecommendationCypher.SegmentFromPurchase : RecommendationCypher.SegmentFromViews;
        var records = await graph.ReadAsync(cypher, parameters, cancellationToken);
        if (records.Count == 0)
        {
            return new SegmentPage([], 0, false);
        }

        var page = records[0].Get<List<string>>("page");
        return new SegmentPage(page.Take(first).ToList(), records[0].Get<int>("total"), page.Count > first);
    }

    private static Dictionary<string, object?> Parameters(IReadOnlyCollection<string> productIds, int limit) =>
        new() { ["ids"] = productIds.ToList(), ["limit"] = (long)limit };

    private static ScoredProduct Scored(IReadOnlyDictionary<string, object?> entry, Func<int, string> reason) =>
        Scored(entry["id"].As<string>(), entry["score"].As<int>(), reason);

    private static ScoredProduct Scored(string id, int score, Func<int, string> reason) => new(id, score, reason(score));

    private static string SimilarReason(int categories, int viewers) => (categories, viewers) switch
    {
        (> 0, > 0) => $"In the same category; viewed by {Count(viewers, "customer")} who viewed this.",
        (> 0, _) => "In the same category.",
        _ => $"Viewed by {Count(viewers, "customer")} who viewed this.",
    };

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
