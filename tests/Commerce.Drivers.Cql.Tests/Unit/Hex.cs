using System.Text;

namespace Commerce.Drivers.Cql.Tests.Unit;

/// <summary>Test-side byte spelling: hex strings with spaces, and the spec's [string] / [int] forms written out by hand.</summary>
internal static class Hex
{
    public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    /// <summary>[string]: a two-byte length then UTF-8.</summary>
    public static string Str(string value)
    {
        var utf8 = Encoding.UTF8.GetBytes(value);
        return $"{utf8.Length:X4}" + Convert.ToHexString(utf8);
    }

    /// <summary>[long string]: a four-byte length then UTF-8.</summary>
    public static string LongStr(string value)
    {
        var utf8 = Encoding.UTF8.GetBytes(value);
        return $"{utf8.Length:X8}" + Convert.ToHexString(utf8);
    }

    public static string Concat(params string[] parts) => string.Concat(parts).Replace(" ", "", StringComparison.Ordinal);
}
