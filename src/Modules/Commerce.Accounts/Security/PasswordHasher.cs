using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Commerce.Accounts;

/// <summary>
/// PBKDF2-HMAC-SHA256 password hashes, stored as <c>pbkdf2-sha256$iterations$salt$hash</c> (salt and hash in
/// base64) so the iteration count can be raised later: old hashes still verify and report that they need a rehash.
/// </summary>
public sealed class PasswordHasher(int iterations = PasswordHasher.DefaultIterations)
{
    public const int DefaultIterations = 600_000;
    public const string Algorithm = "pbkdf2-sha256";
    public const int SaltSize = 16;
    public const int HashSize = 32;

    private readonly Lazy<string> _dummy = new(() => new PasswordHasher(iterations).Hash("not a real password, only work"));

    public int Iterations { get; } = iterations > 0 ? iterations : throw new ArgumentOutOfRangeException(nameof(iterations));

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var hash = Derive(password, salt, Iterations, HashSize);
        return string.Join('$', Algorithm, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public PasswordCheck Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Algorithm
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            return PasswordCheck.Failed;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Derive(password, salt, count, expected.Length);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            return PasswordCheck.Failed;
        }

        return count < Iterations ? PasswordCheck.SucceededNeedsRehash : PasswordCheck.Succeeded;
    }

    /// <summary>Does the work of a verification against nothing, so an unknown email costs what a wrong password costs.</summary>
    public void VerifyNothing(string password) => Verify(password, _dummy.Value);

    public static byte[] Derive(string password, ReadOnlySpan<byte> salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, length);
}

public enum PasswordCheck
{
    Failed,
    Succeeded,
    SucceededNeedsRehash,
}
