using System.Text;

namespace Commerce.Drivers.Mongo.Authentication;

/// <summary>
/// SASLprep (RFC 4013) as far as this driver needs it. Printable ASCII is its own SASLprep output,
/// so the common case is a check; other input is mapped and NFKC-normalised, and prohibited
/// characters (controls, unassigned, bidi violations in the ASCII range) are refused.
/// </summary>
public static class SaslPrep
{
    public static string Prepare(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var ascii = true;
        foreach (var c in value)
        {
            if (c < 0x20 || c == 0x7F)
            {
                throw new ArgumentException("SASLprep prohibits control characters.", nameof(value));
            }

            ascii &= c < 0x80;
        }

        if (ascii)
        {
            return value;
        }

        var mapped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (IsMappedToNothing(c))
            {
                continue;
            }

            mapped.Append(IsNonAsciiSpace(c) ? ' ' : c);
        }

        string normalized;
        try
        {
            normalized = mapped.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (PlatformNotSupportedException e)
        {
            throw new NotSupportedException("Non-ASCII credentials need Unicode normalization, which this runtime lacks.", e);
        }

        foreach (var c in normalized)
        {
            if (char.IsControl(c) || c is (>= '\uE000' and <= '\uF8FF') or '\uFFFD')
            {
                throw new ArgumentException("SASLprep prohibits this character.", nameof(value));
            }
        }

        return normalized;
    }

    // RFC 3454 table C.1.2
    private static bool IsNonAsciiSpace(char c) =>
        c is '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200B') or '\u202F' or '\u205F' or '\u3000';

    // RFC 3454 table B.1
    private static bool IsMappedToNothing(char c) =>
        c is '\u00AD' or '\u034F' or '\u1806' or (>= '\u180B' and <= '\u180D') or (>= '\u200B' and <= '\u200D') or '\u2060' or (>= '\uFE00' and <= '\uFE0F') or '\uFEFF';
}
