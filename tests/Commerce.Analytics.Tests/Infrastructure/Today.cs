namespace Commerce.Analytics.Tests.Infrastructure;

public static class Today
{
    /// <summary>The UTC day events recorded now fall on (the module keys days in UTC).</summary>
    public static DateOnly Utc => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Key(DateOnly day) => day.ToString("yyyy-MM-dd");
}
