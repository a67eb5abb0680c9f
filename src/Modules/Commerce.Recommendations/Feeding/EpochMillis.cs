namespace Commerce.Recommendations.Feeding;

/// <summary>Neo4j 3.1 has no temporal types: times are stored as milliseconds since the Unix epoch.</summary>
public static class EpochMillis
{
    public static long From(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static long From(DateTime time) => new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time).ToUnixTimeMilliseconds();
}
