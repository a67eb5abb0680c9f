namespace Commerce.Drivers.Mongo.Tests;

/// <summary>Hex strings as the BSON spec and corpus print them; whitespace is ignored.</summary>
internal static class Hex
{
    public static byte[] Bytes(string hex) => Convert.FromHexString(string.Concat(hex.Where(c => !char.IsWhiteSpace(c))));

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);
}
