using System.Numerics;

namespace Commerce.Drivers.Cql.Types;

/// <summary>varint (section 6.23 of v4, 6.17 of v3): minimal big-endian two's complement.</summary>
internal static class VarintCodec
{
    public static byte[] Encode(BigInteger value) => value.ToByteArray(isUnsigned: false, isBigEndian: true);

    public static BigInteger Decode(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: false, isBigEndian: true);
}
