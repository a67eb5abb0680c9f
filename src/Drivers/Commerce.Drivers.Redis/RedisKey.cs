using System.Text;

namespace Commerce.Drivers.Redis;

/// <summary>A binary-safe Redis key (a string sent as UTF-8, or raw bytes).</summary>
public readonly struct RedisKey : IEquatable<RedisKey>
{
    private readonly object? _obj;

    private RedisKey(object? obj) => _obj = obj;

    public static implicit operator RedisKey(string? key) => new(key);
    public static implicit operator RedisKey(byte[]? key) => new(key);

    public static explicit operator string?(RedisKey key) => key._obj switch
    {
        null => null,
        string s => s,
        _ => Encoding.UTF8.GetString((byte[])key._obj),
    };

    public static explicit operator byte[]?(RedisKey key) => key._obj switch
    {
        null => null,
        string s => Encoding.UTF8.GetBytes(s),
        _ => (byte[])key._obj,
    };

    public bool IsNull => _obj is null;

    public override string ToString() => (string?)this ?? "(null)";

    /// <summary>The key as sent: the prefix (if any) followed by the key's own bytes.</summary>
    internal RedisValue ToWire(byte[]? prefix)
    {
        if (_obj is null)
        {
            throw new ArgumentException("A Redis key cannot be null.");
        }

        if (prefix is null || prefix.Length == 0)
        {
            return _obj is string s ? s : (byte[])_obj;
        }

        var own = ((byte[]?)this)!;
        var bytes = new byte[prefix.Length + own.Length];
        prefix.CopyTo(bytes, 0);
        own.CopyTo(bytes, prefix.Length);
        return bytes;
    }

    public bool Equals(RedisKey other) =>
        ((byte[]?)this ?? []).AsSpan().SequenceEqual((byte[]?)other ?? []) && IsNull == other.IsNull;

    public override bool Equals(object? obj) => obj is RedisKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes((byte[]?)this ?? []);
        return hash.ToHashCode();
    }

    public static bool operator ==(RedisKey left, RedisKey right) => left.Equals(right);
    public static bool operator !=(RedisKey left, RedisKey right) => !left.Equals(right);
}
