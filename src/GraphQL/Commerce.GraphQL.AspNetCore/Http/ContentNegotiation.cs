using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Commerce.GraphQL.AspNetCore.Http;

/// <summary>
/// Accept and Content-Type handling of the GraphQL-over-HTTP spec. Without an Accept header the response is
/// <c>application/json</c> (what pre-spec clients expect). The client's highest quality wins; on a tie a media
/// type the client named explicitly beats one only matched by a wildcard, <c>application/json</c> wins wildcard ties,
/// and <c>application/graphql-response+json</c> beats <c>application/json</c> when both were named: <c>*/*</c> yields
/// <c>application/json</c> while a spec-aware client listing both gets the richer status codes. A media range whose <c>charset</c> is not UTF-8 matches nothing.
/// </summary>
public static class ContentNegotiation
{
    private static readonly (string MediaType, ResponseFormat Format)[] Candidates =
    [
        (MediaTypes.Json, ResponseFormat.Json),
        (MediaTypes.GraphQLResponseJson, ResponseFormat.GraphQLResponseJson),
        (MediaTypes.EventStream, ResponseFormat.EventStream),
        (MediaTypes.Html, ResponseFormat.Html),
    ];

    /// <summary>Picks the response format; <paramref name="allowed"/> lists what this request could get.</summary>
    public static ResponseFormat Negotiate(StringValues acceptHeader, ReadOnlySpan<ResponseFormat> allowed)
    {
        if (StringValues.IsNullOrEmpty(acceptHeader))
        {
            return ResponseFormat.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeader, out var ranges) || ranges.Count == 0)
        {
            // An unparseable Accept header says nothing we can honour; treat it like a missing one.
            return ResponseFormat.Json;
        }

        var best = ResponseFormat.NotAcceptable;
        var bestQuality = 0.0;
        var bestExplicit = false;
        foreach (var (mediaType, format) in Candidates)
        {
            if (!allowed.Contains(format))
            {
                continue;
            }

            var (quality, isExplicit) = QualityOf(mediaType, ranges);
            if (quality <= 0)
            {
                continue;
            }

            // Candidates are listed in wildcard-preference order, so a strict comparison keeps the earlier one on a
            // wildcard tie; an explicit graphql-response+json displaces an explicit application/json of equal quality.
            if (quality > bestQuality
                || (quality == bestQuality && isExplicit && (!bestExplicit || format == ResponseFormat.GraphQLResponseJson)))
            {
                best = format;
                bestQuality = quality;
                bestExplicit = isExplicit;
            }
        }

        return best;
    }

    /// <summary>Whether a POST body's Content-Type is JSON in UTF-8 (the only request media type we accept).</summary>
    public static bool IsJsonContentType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        return parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase) && IsUtf8(parsed);
    }

    public static string ContentTypeOf(ResponseFormat format) => format switch
    {
        ResponseFormat.GraphQLResponseJson => MediaTypes.GraphQLResponseJson + "; charset=utf-8",
        ResponseFormat.EventStream => MediaTypes.EventStream + "; charset=utf-8",
        ResponseFormat.Html => MediaTypes.Html + "; charset=utf-8",
        _ => MediaTypes.Json + "; charset=utf-8",
    };

    private static (double Quality, bool Explicit) QualityOf(string mediaType, IList<MediaTypeHeaderValue> ranges)
    {
        // The most specific matching range decides (RFC 9110 12.5.1).
        var specificity = -1;
        var quality = 0.0;
        var slash = mediaType.IndexOf('/');
        foreach (var range in ranges)
        {
            var type = range.Type.Value ?? "";
            var subType = range.SubType.Value ?? "";
            int rangeSpecificity;
            if (type == "*" && subType == "*")
            {
                rangeSpecificity = 0;
            }
            else if (subType == "*" && type.Equals(mediaType[..slash], StringComparison.OrdinalIgnoreCase))
            {
                rangeSpecificity = 1;
            }
            else if (range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            {
                rangeSpecificity = 2;
            }
            else
            {
                continue;
            }

            if (rangeSpecificity > specificity)
            {
                specificity = rangeSpecificity;
                quality = IsUtf8(range) ? range.Quality ?? 1.0 : 0.0;
            }
        }

        return (quality, specificity == 2);
    }

    private static bool IsUtf8(MediaTypeHeaderValue value) =>
        !value.Charset.HasValue
        || value.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || value.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
