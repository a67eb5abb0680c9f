using System.Text;
using Commerce.GraphQL;

namespace Commerce.Recommendations.GraphQL;

/// <summary>Segments page by customer id (keyset); the cursor is that id, opaque to clients.</summary>
public static class SegmentCursor
{
    private const string Prefix = "segment:";

    public static string Encode(string customerId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + customerId));

    public static string Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return text[Prefix.Length..];
            }
        }
        catch (FormatException)
        {
        }

        throw new GraphQLException("\"after\" is not a cursor of this segment.", RecommendationErrorCodes.ValidationFailed);
    }
}
