using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Commerce.Orders;

/// <summary>An opaque keyset cursor: the (created_at, id) of the last order of a page.</summary>
public static class OrderCursor
{
    public static string Encode(DateTimeOffset createdAt, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + ":" + id.ToString("N")));

    public static (DateTimeOffset CreatedAt, Guid Id) Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var parts = text.Split(':');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
            }
        }
        catch (FormatException)
        {
        }

        throw new OrderException("\"after\" is not a cursor of this list.", OrderErrorCodes.ValidationFailed);
    }
}
