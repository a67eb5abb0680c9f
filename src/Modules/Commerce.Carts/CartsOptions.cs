namespace Commerce.Carts;

public sealed record CartsOptions
{
    /// <summary>First part of every cart key in Redis.</summary>
    public string RedisKeyPrefix { get; init; } = "commerce";

    /// <summary>Refreshed by every write, so an abandoned cart disappears on its own.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromDays(30);

    public int MaxQuantityPerLine { get; init; } = 99;

    public int MaxLines { get; init; } = 100;

    public string DefaultCurrency { get; init; } = "EUR";
}
