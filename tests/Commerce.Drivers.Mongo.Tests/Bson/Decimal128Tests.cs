using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Bson;

/// <summary>
/// Expected words derived by hand from IEEE 754-2008 BID: high = sign&lt;&lt;63 | (exponent+6176)&lt;&lt;49 | coefficient&gt;&gt;64.
/// 6176 = 0x1820, so exponent 0 gives 0x3040..., -1 gives 0x303E..., -28 gives 0x3008....
/// </summary>
public sealed class Decimal128Tests
{
    public static TheoryData<string, ulong, ulong> FromDecimalCases() => new()
    {
        { "0", 0x3040000000000000UL, 0UL },
        { "-0", 0xB040000000000000UL, 0UL },
        { "1.5", 0x303E000000000000UL, 15UL },
        { "-1.5", 0xB03E000000000000UL, 15UL },
        { "1.000", 0x303A000000000000UL, 1000UL },
        // decimal.MaxValue = 2^96 - 1 with scale 0
        { "79228162514264337593543950335", 0x30400000FFFFFFFFUL, 0xFFFFFFFFFFFFFFFFUL },
        { "-79228162514264337593543950335", 0xB0400000FFFFFFFFUL, 0xFFFFFFFFFFFFFFFFUL },
        // smallest positive decimal: 1 x 10^-28
        { "0.0000000000000000000000000001", 0x3008000000000000UL, 1UL },
        // 28 digits after the point with the full 96-bit mantissa
        { "7.9228162514264337593543950335", 0x30080000FFFFFFFFUL, 0xFFFFFFFFFFFFFFFFUL },
    };

    private static decimal ParseDecimal(string text) => text == "-0"
        ? new decimal(0, 0, 0, isNegative: true, scale: 0)
        : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(FromDecimalCases))]
    public void FromDecimal_produces_BID_words(string text, ulong high, ulong low)
    {
        var value = Decimal128.FromDecimal(ParseDecimal(text));
        Assert.Equal(high, value.HighBits);
        Assert.Equal(low, value.LowBits);
    }

    [Theory]
    [MemberData(nameof(FromDecimalCases))]
    public void ToDecimal_is_exact_and_keeps_scale(string text, ulong high, ulong low)
    {
        var back = new Decimal128(high, low).ToDecimal();
        var expected = ParseDecimal(text);
        Assert.Equal(expected, back);
        Assert.Equal(expected.Scale, back.Scale);
        Assert.Equal(decimal.IsNegative(expected), decimal.IsNegative(back));
    }

    [Theory]
    // 1E+3: coefficient 1, exponent 3 -> 1000
    [InlineData(0x3046000000000000UL, 1UL, "1000")]
    // 10E-29: trailing zero can be dropped to reach scale 28
    [InlineData(0x3006000000000000UL, 10UL, "0.0000000000000000000000000001")]
    // 0E-40 is zero, clamped to scale 28
    [InlineData(0x2FF0000000000000UL, 0UL, "0.0000000000000000000000000000")]
    public void ToDecimal_normalises_exponents_when_exact(ulong high, ulong low, string expected)
    {
        var value = new Decimal128(high, low).ToDecimal();
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    // 1E-29 needs scale 29
    [InlineData(0x3006000000000000UL, 1UL)]
    // 2^96 (one more than decimal.MaxValue)
    [InlineData(0x3040000100000000UL, 0UL)]
    // 1E+29 is larger than decimal.MaxValue
    [InlineData(0x307A000000000000UL, 1UL)]
    // NaN and infinity
    [InlineData(0x7C00000000000000UL, 0UL)]
    [InlineData(0x7800000000000000UL, 0UL)]
    public void ToDecimal_throws_when_not_representable(ulong high, ulong low)
    {
        Assert.Throws<OverflowException>(() => new Decimal128(high, low).ToDecimal());
    }

    [Theory]
    // strings from the decimal128 specification's to-string rules (bson-corpus decimal128-1.json)
    [InlineData(0x3040000000000000UL, 0UL, "0")]
    [InlineData(0xB040000000000000UL, 0UL, "-0")]
    [InlineData(0x303E000000000000UL, 15UL, "1.5")]
    [InlineData(0x303A000000000000UL, 1000UL, "1.000")]
    [InlineData(0x303A000000000000UL, 1UL, "0.001")]
    [InlineData(0x3046000000000000UL, 1UL, "1E+3")]
    [InlineData(0x3032000000000000UL, 1UL, "1E-7")]
    [InlineData(0x3034000000000000UL, 1UL, "0.000001")]
    [InlineData(0x3046000000000000UL, 12UL, "1.2E+4")]
    [InlineData(0x7C00000000000000UL, 0UL, "NaN")]
    [InlineData(0xF800000000000000UL, 0UL, "-Infinity")]
    public void ToString_follows_the_spec(ulong high, ulong low, string expected)
    {
        Assert.Equal(expected, new Decimal128(high, low).ToString());
    }

    [Fact]
    public void Second_combination_form_is_zero()
    {
        // bits 62-61 set without being infinity: the implied coefficient exceeds 34 digits, so the value is 0.
        var value = new Decimal128(0x6C10000000000000UL, 0UL);
        Assert.Equal(0m, value.ToDecimal());
    }

    [Fact]
    public void FromParts_rejects_35_digit_coefficients()
    {
        var tooBig = UInt128.Parse("10000000000000000000000000000000000");
        Assert.Throws<OverflowException>(() => Decimal128.FromParts(false, tooBig, 0));
    }
}
