using System.Globalization;

namespace Commerce.GraphQL.Types;

/// <summary><c>DateTime</c>: an RFC 3339 date-time with offset, e.g. <c>2026-11-22T03:12:31.000Z</c>.</summary>
public sealed class DateTimeType() : StringBackedScalar<DateTimeOffset>("DateTime",
    "A date-time string at UTC or with an offset, such as 2026-11-22T03:12:31.000Z, following RFC 3339.")
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"];

    protected override bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
        && (text.EndsWith('Z') || text.EndsWith("z", StringComparison.Ordinal) || text.Length > 6 && text[^6] is '+' or '-');

    protected override string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    protected override DateTimeOffset Convert(object value) => value is DateTime dt
        ? new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt.ToUniversalTime())
        : throw new SerializationException($"DateTime cannot represent value: {ValueDisplay.Inspect(value)}");
}
