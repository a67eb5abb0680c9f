namespace Commerce.Analytics;

public sealed record DayRevenue(DateOnly Day, decimal Revenue);
