using System.Buffers.Binary;
using System.Numerics;

namespace Commerce.Drivers.Cql.Types;

/// <summary>
/// decimal: an [int] scale then the varint unscaled value, meaning unscaled * 10^-scale.
/// System.Decimal holds a 96-bit unscaled value and a scale of 0..28; values beyond that do not fit.
/// </summary>
internal static class DecimalCodec
{
    private static readonly BigInteger Max96 = BigInteger.One << 96;

    public static byte[] Encode(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        var unscaled = bits[3] < 0 ? -magnitude : magnitude;
        var varint = VarintCodec.Encode(unscaled);
        var result = new byte[4 + varint.Length];
        BinaryPrimitives.WriteInt32BigEndian(result, scale);
        varint.CopyTo(result, 4);
        return result;
    }

    public static decimal Decode(ReadOnlySpan<byte> bytes)
    {
        var scale = BinaryPrimitives.ReadInt32BigEndian(bytes);
        var unscaled = VarintCodec.Decode(bytes[4..]);
        if (scale < 0)
        {
            unscaled *= BigInteger.Pow(10, -scale);
            scale = 0;
        }
        // Trailing zeros can be dropped without changing the value, which may bring it into range.
        while ((scale > 28 || BigInteger.Abs(unscaled) >= Max96) && scale > 0 && unscaled % 10 == 0)
        {
            unscaled /= 10;
            scale--;
        }
        if (scale > 28 || BigInteger.Abs(unscaled) >= Max96)
            throw new OverflowException($"The CQL decimal {unscaled}E-{scale} does not fit System.Decimal.");
        var negative = unscaled.Sign < 0;
        var magnitude = BigInteger.Abs(unscaled);
        var lo = (int)(uint)(magnitude & uint.MaxValue);
        var mid = (int)(uint)((magnitude >> 32) & uint.MaxValue);
        var hi = (int)(uint)((magnitude >> 64) & uint.MaxValue);
        return new decimal(lo, mid, hi, negative, (byte)scale);
    }
}
