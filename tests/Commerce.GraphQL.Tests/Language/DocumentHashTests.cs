using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Tests.Language;

public class DocumentHashTests
{
    // Test vectors from FIPS 180-2 and the empty-message digest.
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Is_the_lowercase_hex_sha256_of_the_utf8_text(string source, string hash)
    {
        Assert.Equal(hash, DocumentHash.Compute(source));
    }

    [Fact]
    public void Hashes_the_utf8_encoding_of_non_ascii_text()
    {
        // "é" is C3 A9 in UTF-8; its digest differs from that of the single Latin-1 byte E9.
        var viaBytes = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(new byte[] { 0xC3, 0xA9 }));
        Assert.Equal(viaBytes, DocumentHash.Compute("\u00e9"));
        Assert.Equal(64, DocumentHash.Compute(new string('x', 100_000)).Length);
    }
}
