using Commerce.Recommendations.Feeding;

namespace Commerce.Recommendations.Tests.Infrastructure;

public sealed record HistoryOrder(string OrderId, string CustomerId, IReadOnlyList<(string ProductId, int Quantity)> Lines, DateTimeOffset PlacedAt);

public sealed record HistoryView(string CustomerId, string ProductId, DateTimeOffset At);

/// <summary>
/// A purchase and view history kept in memory by the test, and the answers the recommendation fields should give,
/// computed here with plain loops over that history (never through the graph or the module's queries).
/// Ties break by product (or customer) id, ordinal, ascending.
/// </summary>
public sealed class PurchaseHistory
{
    public Dictionary<string, string> CategoryOf { get; } = new(StringComparer.Ordinal);

    public List<HistoryOrder> Orders { get; } = [];

    public List<HistoryView> Views { get; } = [];

    public IEnumerable<string> Products => CategoryOf.Keys.Order(StringComparer.Ordinal);

    /// <summary>
    /// A reproducible history over <paramref name="productCount"/> products in three categories, by
    /// <paramref name="customers"/> (or <paramref name="customerCount"/> customers named by <paramref name="id"/>).
    /// </summary>
    public static PurchaseHistory Generate(Func<string, string> id, int seed, int productCount, int customerCount, int orderCount, int viewCount, IReadOnlyList<string>? customers = null)
    {
        string Customer(int index) => customers is null ? id($"u{index:00}") : customers[index];

        var random = new Random(seed);
        var history = new PurchaseHistory();
        var products = Enumerable.Range(0, productCount).Select(i => id($"p{i:00}")).ToList();
        for (var i = 0; i < products.Count; i++)
        {
            history.CategoryOf[products[i]] = id($"cat{i % 3}");
        }

        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var o = 0; o < orderCount; o++)
        {
            var customer = Customer(random.Next(customerCount));
            var lines = products.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).Select(p => (p, random.Next(1, 4))).ToList();
            history.Orders.Add(new HistoryOrder(id($"o{o:000}"), customer, lines, start.AddHours(o)));
        }

        for (var v = 0; v < viewCount; v++)
        {
            history.Views.Add(new HistoryView(Customer(random.Next(customerCount)), products[random.Next(products.Count)], start.AddHours(v)));
        }

        return history;
    }

    public async Task FeedAsync(RecommendationsFeed feed)
    {
        await feed.UpsertCategoriesAsync(CategoryOf.Values.Distinct().Select(c => new CategoryEntry(c, "Category " + c, null)).ToList());
        await feed.UpsertProductsAsync(CategoryOf.Select(p => new ProductEntry(p.Key, "Name of " + p.Key, p.Value)).ToList());
        foreach (var order in Orders)
        {
            await feed.ApplyOrderPlacedAsync(order.OrderId, order.CustomerId, order.Lines.Select(l => new OrderLine(l.ProductId, l.Quantity)).ToList(), order.PlacedAt);
        }

        foreach (var view in Views)
        {
            await feed.RecordViewAsync(view.CustomerId, view.ProductId, view.At);
        }
    }

    public List<(string Id, int Score)> FrequentlyBoughtTogether(string productId, int first)
    {
        var orders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var order in Orders)
        {
            if (!order.Lines.Any(l => l.ProductId == productId))
            {
                continue;
            }

            foreach (var line in order.Lines)
            {
                if (line.ProductId != productId)
                {
                    if (!orders.TryGetValue(line.ProductId, out var set))
                    {
                        orders[line.ProductId] = set = [];
                    }

                    set.Add(order.OrderId);
                }
            }
        }

        return Top(orders.Select(pair => (pair.Key, pair.Value.Count)), first);
    }

    public List<(string Id, int Score)> Similar(string productId, int first)
    {
        var viewersOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var view in Views)
        {
            if (!viewersOf.TryGetValue(view.ProductId, out var set))
            {
                viewersOf[view.ProductId] = set = [];
            }

            set.Add(view.CustomerId);
        }

        var mine = viewersOf.GetValueOrDefault(productId) ?? [];
        var scores = new List<(string, int)>();
        foreach (var other in Products)
        {
            if (other == productId)
            {
                continue;
            }

            var score = (CategoryOf[other] == CategoryOf[productId] ? 1 : 0) + (viewersOf.GetValueOrDefault(other) ?? []).Count(mine.Contains);
            if (score > 0)
            {
                scores.Add((other, score));
            }
        }

        return Top(scores, first);
    }

    /// <summary>Customers who bought something I bought: how many of them bought each product I do not have; else best sellers of my categories.</summary>
    public List<(string Id, int Score)> ForCustomer(string customerId, int first)
    {
        var bought = BoughtBy();
        var mine = bought.GetValueOrDefault(customerId) ?? [];
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (other, theirs) in bought)
        {
            if (other == customerId || !theirs.Overlaps(mine))
            {
                continue;
            }

            foreach (var product in theirs)
            {
                if (!mine.Contains(product))
                {
                    scores[product] = scores.GetValueOrDefault(product) + 1;
                }
            }
        }

        if (scores.Count > 0)
        {
            return Top(scores.Select(s => (s.Key, s.Value)), first);
        }

        var myCategories = new HashSet<string>(mine.Select(p => CategoryOf[p]));
        foreach (var view in Views)
        {
            if (view.CustomerId == customerId)
            {
                myCategories.Add(CategoryOf[view.ProductId]);
            }
        }

        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var order in Orders)
        {
            foreach (var line in order.Lines)
            {
                if (myCategories.Contains(CategoryOf[line.ProductId]) && !mine.Contains(line.ProductId))
                {
                    units[line.ProductId] = units.GetValueOrDefault(line.ProductId) + line.Quantity;
                }
            }
        }

        return Top(units.Select(u => (u.Key, u.Value)), first);
    }

    public List<string> Segment(IReadOnlyList<string> boughtAll, IReadOnlyList<string> boughtNone, IReadOnlyList<string> viewedAny, DateTimeOffset? since)
    {
        var customers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var order in Orders)
        {
            customers.Add(order.CustomerId);
        }

        foreach (var view in Views)
        {
            customers.Add(view.CustomerId);
        }

        var result = new List<string>();
        foreach (var customer in customers)
        {
            var bought = new HashSet<string>(StringComparer.Ordinal);
            foreach (var order in Orders)
            {
                if (order.CustomerId == customer && (since is null || order.PlacedAt >= since))
                {
                    bought.UnionWith(order.Lines.Select(l => l.ProductId));
                }
            }

            // A view counts by its last time, as the graph keeps one VIEWED edge per customer and product.
            var lastViews = Views.Where(v => v.CustomerId == customer).GroupBy(v => v.ProductId).ToDictionary(g => g.Key, g => g.Max(v => v.At));
            var viewed = lastViews.Where(v => since is null || v.Value >= since).Select(v => v.Key).ToHashSet();

            if (boughtAll.All(bought.Contains) && !boughtNone.Any(bought.Contains) && (viewedAny.Count == 0 || viewedAny.Any(viewed.Contains))
                && (boughtAll.Count > 0 || viewedAny.Count > 0))
            {
                result.Add(customer);
            }
        }

        return result;
    }

    private Dictionary<string, HashSet<string>> BoughtBy()
    {
        var bought = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var order in Orders)
        {
            if (!bought.TryGetValue(order.CustomerId, out var set))
            {
                bought[order.CustomerId] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(order.Lines.Select(l => l.ProductId));
        }

        return bought;
    }

    private static List<(string Id, int Score)> Top(IEnumerable<(string Id, int Score)> scores, int first) =>
        scores.OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal).Take(first).ToList();
}
