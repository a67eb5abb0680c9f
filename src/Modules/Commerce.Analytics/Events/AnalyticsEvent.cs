using Commerce.Drivers.Cql;

namespace Commerce.Analytics;

/// <summary>
/// One raw event. Its id is a time-based UUID taken when it is recorded, so writing it again after a failed attempt
/// overwrites the same row instead of adding one.
/// </summary>
public sealed record AnalyticsEvent(
    AnalyticsEventKind Kind,
    string ProductId,
    string? CustomerId,
    string? SessionId,
    DateTimeOffset At,
    int Quantity = 1,
    long AmountCents = 0,
    string? OrderId = null)
{
    public Guid EventId { get; init; } = TimeUuid.NewId(At);

    public string Day => Days.Key(At);

    public string KindName => Kind switch
    {
        AnalyticsEventKind.View => "view",
        AnalyticsEventKind.AddToCart => "add_to_cart",
        _ => "purchase",
    };
}
