using System.Globalization;
using System.Text;
using Commerce.GraphQL;

namespace Commerce.Catalog;

/// <summary>
/// Opaque cursors of product listings: the position in the ordered listing. A cursor that is not one of ours is
/// an INVALID_CURSOR error, never a server error.
/// </summary>
public static class ProductCursor
{
    private const string Prefix = "products:";

    public static string Encode(long position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    public static long Decode(string cursor)
    {
        Span<byte> bytes = stackalloc byte[64];
        if (cursor.Length <= 80
            && Convert.TryFromBase64String(cursor, bytes, out var written)
            && Encoding.UTF8.GetString(bytes[..written]) is var text
            && text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && position < int.MaxValue)
        {
            return position;
        }

        throw new GraphQLException($"The cursor \"{Truncate(cursor)}\" is not one a product listing gave out.", CatalogErrorCodes.InvalidCursor);
    }

    private static string Truncate(string cursor) => cursor.Length <= 40 ? cursor : cursor[..40] + "...";
}
