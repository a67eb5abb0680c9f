using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Commerce.Drivers.Redis;

/// <summary>SHA1 of each script text, computed once, so EVALSHA can be sent without re-hashing.</summary>
internal sealed class ScriptCache
{
    private readonly ConcurrentDictionary<string, string> _shaByScript = new(StringComparer.Ordinal);

    public string Sha1Of(string script) =>
        _shaByScript.GetOrAdd(script, static s => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(s))));
}
