namespace Commerce.Analytics;

/// <summary>Counters hold whole cents (counters are integers); money comes in and goes out as decimal.</summary>
public static class Cents
{
    public static long From(decimal amount) => (long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);

    public static decimal ToMoney(long cents) => cents / 100m;
}
