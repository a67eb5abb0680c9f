using System.Globalization;

namespace Commerce.GraphQL.Types;

/// <summary><c>Date</c>: a calendar date, <c>yyyy-MM-dd</c>.</summary>
public sealed class DateType() : StringBackedScalar<DateOnly>("Date", "A calendar date without time or zone, such as 2026-11-22 (ISO 8601).")
{
    protected override bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    protected override string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override DateOnly Convert(object value) => value is DateTime dt
        ? DateOnly.FromDateTime(dt)
        : throw new SerializationException($"Date cannot represent value: {ValueDisplay.Inspect(value)}");
}
