using System.Security.Cryptography;
using System.Text;

namespace Commerce.GraphQL.AspNetCore.PersistedOperations;

/// <summary>The id of a document's text: lower-case sha256 hex of its UTF-8 bytes (the APQ convention).</summary>
public static class DocumentHash
{
    public static string Sha256Hex(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
