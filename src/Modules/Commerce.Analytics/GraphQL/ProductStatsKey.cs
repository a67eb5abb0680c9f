namespace Commerce.Analytics;

public sealed record ProductStatsKey(string ProductId, DateRange Range);
