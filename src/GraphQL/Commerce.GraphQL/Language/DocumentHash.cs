using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Commerce.GraphQL.Language;

/// <summary>The key of a document in the document cache and of a persisted operation: SHA-256 of its UTF-8 text, lowercase hex.</summary>
public static class DocumentHash
{
    public static string Compute(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var length = Encoding.UTF8.GetMaxByteCount(source.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(source, rented);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(rented.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
