using System.Globalization;

namespace Commerce.GraphQL.Serialization;

/// <summary>
/// Formats a double the way ECMAScript's Number::toString does (shortest round-trip digits, plain notation
/// for decimal exponents in (-7, 21], lower-case <c>e+</c>/<c>e-</c> otherwise), so our JSON numbers are
/// byte-identical to what a graphql-js server's <c>JSON.stringify</c> writes.
/// </summary>
public static class JsNumberFormatter
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no representation for NaN or infinity.");
        }

        if (value == 0)
        {
            return "0";
        }

        var (digits, n) = ShortestDigits(Math.Abs(value));
        var sign = value < 0 ? "-" : "";
        var k = digits.Length;

        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The shortest digit string s and exponent n with value = 0.s × 10^n (ECMAScript's k digits and n).</summary>
    private static (string Digits, int N) ShortestDigits(double positive)
    {
        // "E16" is not shortest; "R" is (since .NET Core 3.0), in either plain or scientific notation.
        var text = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOfAny(['E', 'e']);
        var exponent = 0;
        if (exponentAt >= 0)
        {
            exponent = int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..exponentAt];
        }

        var point = text.IndexOf('.');
        var integerPart = point >= 0 ? text[..point] : text;
        var fraction = point >= 0 ? text[(point + 1)..] : "";
        var all = integerPart + fraction;
        var n = integerPart.Length + exponent;

        var leadingZeros = 0;
        while (leadingZeros < all.Length - 1 && all[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        all = all[leadingZeros..].TrimEnd('0');
        return (all.Length == 0 ? "0" : all, n - leadingZeros);
    }
}
