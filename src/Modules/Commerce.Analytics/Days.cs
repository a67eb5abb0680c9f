using System.Globalization;

namespace Commerce.Analytics;

/// <summary>Days are stored as text <c>yyyy-MM-dd</c> (Cassandra 2.1 has no date type), which sorts as the dates do.</summary>
public static class Days
{
    public const string Format = "yyyy-MM-dd";

    public static string Key(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    public static string Key(DateTimeOffset instant) => Key(DateOnly.FromDateTime(instant.UtcDateTime));

    /// <summary>The bucket of the daily totals table: one partition a month.</summary>
    public static string MonthKey(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly Parse(string key) => DateOnly.ParseExact(key, Format, CultureInfo.InvariantCulture);

    public static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    public static IReadOnlyList<string> Months(DateOnly from, DateOnly to) =>
        Range(from, to).Select(MonthKey).Distinct(StringComparer.Ordinal).ToList();
}
