using System.Security.Cryptography;
using System.Text;

namespace Commerce.Accounts;

/// <summary>Random bearer secrets and the one-way digests under which they are stored.</summary>
public static class SecretTokens
{
    /// <summary>256 random bits, base64url without padding (43 characters).</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Sha256(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    /// <summary>Lower-case hex SHA-256: how a session token is named in Redis, so a leaked key list reveals no token.</summary>
    public static string Sha256Hex(string text) => Convert.ToHexStringLower(Sha256(text));

    public static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
