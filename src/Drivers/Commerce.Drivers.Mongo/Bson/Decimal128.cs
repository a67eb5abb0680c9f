using System.Globalization;
using System.Text;

namespace Commerce.Drivers.Mongo.Bson;

/// <summary>
/// IEEE 754-2008 decimal128 in the binary integer decimal (BID) encoding, as BSON stores it:
/// a sign bit, a 14-bit exponent biased by 6176 and a 113-bit coefficient of at most 34 digits.
/// Conversions to and from <see cref="decimal"/> are exact or throw.
/// </summary>
public readonly struct Decimal128 : IEquatable<Decimal128>
{
    private const int ExponentBias = 6176;
    private const int MaxDecimalScale = 28;
    private const ulong SignBit = 1UL << 63;
    private const ulong InfinityMask = 0x7800000000000000UL;
    private const ulong NaNMask = 0x7C00000000000000UL;
    private static readonly UInt128 MaxCoefficient = UInt128.Parse("9999999999999999999999999999999999", CultureInfo.InvariantCulture);
    private static readonly UInt128 MaxDecimalMantissa = ((UInt128)1 << 96) - 1;

    public Decimal128(ulong highBits, ulong lowBits)
    {
        HighBits = highBits;
        LowBits = lowBits;
    }

    public ulong HighBits { get; }
    public ulong LowBits { get; }

    public static Decimal128 PositiveInfinity => new(InfinityMask, 0);
    public static Decimal128 NegativeInfinity => new(InfinityMask | SignBit, 0);
    public static Decimal128 NaN => new(NaNMask, 0);

    public bool IsNegative => (HighBits & SignBit) != 0;
    public bool IsNaN => (HighBits & NaNMask) == NaNMask;
    public bool IsInfinity => (HighBits & NaNMask) == InfinityMask;

    /// <summary>Builds the value coefficient x 10^exponent. Throws when it needs rounding.</summary>
    public static Decimal128 FromParts(bool negative, UInt128 coefficient, int exponent)
    {
        if (coefficient > MaxCoefficient)
        {
            throw new OverflowException("A decimal128 coefficient has at most 34 digits.");
        }

        var biased = exponent + ExponentBias;
        if (biased is < 0 or > 0x2FFF)
        {
            throw new OverflowException($"Exponent {exponent} is outside the decimal128 range.");
        }

        var high = (negative ? SignBit : 0) | ((ulong)biased << 49) | (ulong)(coefficient >> 64);
        return new Decimal128(high, (ulong)coefficient);
    }

    /// <summary>Splits into sign, coefficient and unbiased exponent; throws for NaN and infinities.</summary>
    public (bool Negative, UInt128 Coefficient, int Exponent) GetParts()
    {
        if (IsNaN || IsInfinity)
        {
            throw new OverflowException($"{this} has no finite value.");
        }

        if ((HighBits & 0x6000000000000000UL) == 0x6000000000000000UL)
        {
            // The second combination-field form implies a coefficient of at least 2^113, which exceeds
            // 34 digits; the spec says such non-canonical values are zero.
            var exponent2 = (int)((HighBits >> 47) & 0x3FFF) - ExponentBias;
            return (IsNegative, UInt128.Zero, exponent2);
        }

        var exponent = (int)((HighBits >> 49) & 0x3FFF) - ExponentBias;
        var coefficient = ((UInt128)(HighBits & 0x1FFFFFFFFFFFFUL) << 64) | LowBits;
        return (IsNegative, coefficient > MaxCoefficient ? UInt128.Zero : coefficient, exponent);
    }

    public static Decimal128 FromDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        var coefficient = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        return FromParts(negative, coefficient, -scale);
    }

    public decimal ToDecimal()
    {
        var (negative, coefficient, exponent) = GetParts();
        if (coefficient == UInt128.Zero)
        {
            return new decimal(0, 0, 0, negative, (byte)Math.Clamp(-exponent, 0, MaxDecimalScale));
        }

        // Trailing zeros carry no value, only precision; drop them while the value does not fit.
        while ((coefficient > MaxDecimalMantissa || exponent < -MaxDecimalScale) && coefficient % 10 == 0)
        {
            coefficient /= 10;
            exponent++;
        }

        while (exponent > 0 && coefficient <= MaxDecimalMantissa / 10)
        {
            coefficient *= 10;
            exponent--;
        }

        if (exponent > 0 || exponent < -MaxDecimalScale || coefficient > MaxDecimalMantissa)
        {
            throw new OverflowException($"Decimal128 {this} cannot be represented exactly as a System.Decimal.");
        }

        return new decimal((int)(uint)coefficient, (int)(uint)(coefficient >> 32), (int)(uint)(coefficient >> 64), negative, (byte)-exponent);
    }

    /// <summary>The string form of the decimal128 specification (plain notation unless the exponent is positive or the value very small).</summary>
    public override string ToString()
    {
        if (IsNaN)
        {
            return "NaN";
        }

        if (IsInfinity)
        {
            return IsNegative ? "-Infinity" : "Infinity";
        }

        var (negative, coefficient, exponent) = GetParts();
        var digits = coefficient.ToString(CultureInfo.InvariantCulture);
        var adjusted = exponent + digits.Length - 1;
        var text = new StringBuilder();
        if (negative)
        {
            text.Append('-');
        }

        if (exponent <= 0 && adjusted >= -6)
        {
            if (exponent == 0)
            {
                text.Append(digits);
            }
            else
            {
                var pointAt = digits.Length + exponent;
                if (pointAt > 0)
                {
                    text.Append(digits, 0, pointAt).Append('.').Append(digits, pointAt, digits.Length - pointAt);
                }
                else
                {
                    text.Append("0.").Append('0', -pointAt).Append(digits);
                }
            }
        }
        else
        {
            text.Append(digits[0]);
            if (digits.Length > 1)
            {
                text.Append('.').Append(digits, 1, digits.Length - 1);
            }

            text.Append('E').Append(adjusted >= 0 ? "+" : "").Append(adjusted.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    public bool Equals(Decimal128 other) => HighBits == other.HighBits && LowBits == other.LowBits;
    public override bool Equals(object? obj) => obj is Decimal128 other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(HighBits, LowBits);
    public static bool operator ==(Decimal128 left, Decimal128 right) => left.Equals(right);
    public static bool operator !=(Decimal128 left, Decimal128 right) => !left.Equals(right);
    public static implicit operator Decimal128(decimal value) => FromDecimal(value);
    public static explicit operator decimal(Decimal128 value) => value.ToDecimal();
}
