namespace Commerce.GraphQL.Types;

/// <summary><c>URL</c>: an absolute URL (RFC 3986).</summary>
public sealed class UrlType() : StringBackedScalar<Uri>("URL", "An absolute URL (RFC 3986).")
{
    protected override bool TryParse(string text, out Uri value)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            value = uri;
            return true;
        }

        value = null!;
        return false;
    }

    protected override string Format(Uri value) => value.OriginalString;
}
