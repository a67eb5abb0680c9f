using System.Security.Cryptography;
using System.Text;

namespace Commerce.Accounts.Tests.Unit;

public sealed class PasswordHasherTests
{
    private static byte[] Hex(string spaced) => Convert.FromHexString(spaced.Replace(" ", "", StringComparison.Ordinal));

    // RFC 7914 section 11: PBKDF2-HMAC-SHA-256 test vectors.
    [Theory]
    [InlineData("passwd", "salt", 1,
        "55 ac 04 6e 56 e3 08 9f ec 16 91 c2 25 44 b6 05 f9 41 85 21 6d de 04 65 e6 8b 9d 57 c2 0d ac bc " +
        "49 ca 9c cc f1 79 b6 45 99 16 64 b3 9d 77 ef 31 7c 71 b8 45 b1 e3 0b d5 09 11 20 41 d3 a1 97 83")]
    [InlineData("Password", "NaCl", 80000,
        "4d dc d8 f6 0b 98 be 21 83 0c ee 5e f2 27 01 f9 64 1a 44 18 d0 4c 04 14 ae ff 08 87 6b 34 ab 56 " +
        "a1 d4 25 a1 22 58 33 54 9a db 84 1b 51 c9 b3 17 6a 27 2b de bb a1 d0 78 47 8f 62 b3 97 f3 3c 8d")]
    public void Derivation_matches_the_RFC_7914_vectors(string password, string salt, int iterations, string expected)
    {
        var derived = PasswordHasher.Derive(password, Encoding.ASCII.GetBytes(salt), iterations, 64);

        Assert.Equal(Hex(expected), derived);
    }

    // The widely published PBKDF2-HMAC-SHA256 vectors for P="password", S="salt", dkLen=32.
    [Theory]
    [InlineData(1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")]
    [InlineData(2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43")]
    [InlineData(4096, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a")]
    public void Derivation_matches_the_published_32_byte_vectors(int iterations, string expected)
    {
        Assert.Equal(Hex(expected), PasswordHasher.Derive("password", "salt"u8, iterations, 32));
    }

    [Fact]
    public void Stored_format_records_algorithm_iterations_and_a_16_byte_salt()
    {
        var stored = new PasswordHasher().Hash("correct horse battery staple");

        var parts = stored.Split('$');
        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("600000", parts[1]);
        var salt = Convert.FromBase64String(parts[2]);
        Assert.Equal(16, salt.Length);
        var expected = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes("correct horse battery staple"), salt, 600_000, HashAlgorithmName.SHA256, 32);
        Assert.Equal(expected, Convert.FromBase64String(parts[3]));
    }

    [Fact]
    public void Same_password_hashes_differently_each_time_and_both_verify()
    {
        var hasher = new PasswordHasher(1000);
        var first = hasher.Hash("a long enough password");
        var second = hasher.Hash("a long enough password");

        Assert.NotEqual(first, second);
        Assert.Equal(PasswordCheck.Succeeded, hasher.Verify("a long enough password", first));
        Assert.Equal(PasswordCheck.Succeeded, hasher.Verify("a long enough password", second));
        Assert.Equal(PasswordCheck.Failed, hasher.Verify("a long enough passworD", first));
    }

    [Fact]
    public void A_hash_with_fewer_iterations_than_configured_verifies_and_asks_for_a_rehash()
    {
        var old = new PasswordHasher(1000).Hash("a long enough password");

        var check = new PasswordHasher(2000).Verify("a long enough password", old);

        Assert.Equal(PasswordCheck.SucceededNeedsRehash, check);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bcrypt$10$abc$def")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    public void Malformed_stored_hashes_never_verify(string stored)
    {
        Assert.Equal(PasswordCheck.Failed, new PasswordHasher(1000).Verify("anything at all", stored));
    }
}
