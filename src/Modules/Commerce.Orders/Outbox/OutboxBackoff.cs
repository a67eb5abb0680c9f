namespace Commerce.Orders;

/// <summary>Exponential backoff: the base delay after the first failure, doubling per failure, capped.</summary>
public static class OutboxBackoff
{
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan max)
    {
        if (failures <= 0)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(failures - 1, 30);
        var ticks = baseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}
