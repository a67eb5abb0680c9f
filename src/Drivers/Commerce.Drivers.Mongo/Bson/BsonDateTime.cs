namespace Commerce.Drivers.Mongo.Bson;

/// <summary>UTC datetime: signed milliseconds since the Unix epoch. Sub-millisecond precision is dropped on the way in.</summary>
public sealed class BsonDateTime(long millisecondsSinceEpoch) : BsonValue
{
    public BsonDateTime(DateTime value) : this(ToMilliseconds(value)) { }
    public BsonDateTime(DateTimeOffset value) : this(value.ToUnixTimeMilliseconds()) { }

    public long MillisecondsSinceEpoch { get; } = millisecondsSinceEpoch;
    public override BsonType BsonType => BsonType.DateTime;

    public DateTime ToUniversalTime() => DateTime.UnixEpoch.AddMilliseconds(MillisecondsSinceEpoch);
    public DateTimeOffset ToDateTimeOffset() => DateTimeOffset.FromUnixTimeMilliseconds(MillisecondsSinceEpoch);

    // Unspecified kinds are taken as UTC: server-side data is UTC, and guessing a local zone corrupts silently.
    private static long ToMilliseconds(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
    }

    public override bool Equals(BsonValue? other) => other is BsonDateTime d && d.MillisecondsSinceEpoch == MillisecondsSinceEpoch;
    public override int GetHashCode() => MillisecondsSinceEpoch.GetHashCode();
    public override string ToString() => ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
