namespace Commerce.GraphQL.Types;

/// <summary><c>UUID</c>: an RFC 4122 UUID in its 36-character hyphenated form.</summary>
public sealed class UuidType() : StringBackedScalar<Guid>("UUID", "A universally unique identifier in its hyphenated form (RFC 4122).")
{
    protected override bool TryParse(string text, out Guid value) => Guid.TryParseExact(text, "D", out value);

    protected override string Format(Guid value) => value.ToString("D");
}
