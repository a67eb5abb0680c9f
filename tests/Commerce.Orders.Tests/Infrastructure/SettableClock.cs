namespace Commerce.Orders.Tests.Infrastructure;

/// <summary>A clock that stays where the test puts it, so several orders can share one creation time.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
