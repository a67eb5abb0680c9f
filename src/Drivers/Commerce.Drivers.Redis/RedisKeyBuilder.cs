using System.Text;

namespace Commerce.Drivers.Redis;

/// <summary>
/// The one place keys are composed: <c>{prefix}:{part}:{part}</c>, e.g. <c>commerce:cart:42</c>.
/// Parts may not contain the separator, so a user-supplied id can never forge another key's shape.
/// </summary>
public sealed class RedisKeyBuilder
{
    public const char Separator = ':';

    public RedisKeyBuilder(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        Prefix = prefix;
    }

    public string Prefix { get; }

    public RedisKey Key(params ReadOnlySpan<string> parts)
    {
        if (parts.Length == 0)
        {
            throw new ArgumentException("A key needs at least one part.", nameof(parts));
        }

        var sb = new StringBuilder(Prefix);
        foreach (var part in parts)
        {
            ArgumentException.ThrowIfNullOrEmpty(part, nameof(parts));
            if (part.Contains(Separator))
            {
                throw new ArgumentException($"Key part '{part}' contains the separator '{Separator}'.", nameof(parts));
            }

            sb.Append(Separator).Append(part);
        }

        return sb.ToString();
    }

    /// <summary>A builder one level down, e.g. <c>new RedisKeyBuilder("commerce").Scope("cart")</c>.</summary>
    public RedisKeyBuilder Scope(string part) => new((string)Key(part)!);

    /// <summary>The bytes prepended to every key by <c>keyPrefix=</c>; the separator is appended when missing.</summary>
    internal static byte[]? PrefixBytes(string? keyPrefix) =>
        string.IsNullOrEmpty(keyPrefix) ? null
        : Encoding.UTF8.GetBytes(keyPrefix.EndsWith(Separator) ? keyPrefix : keyPrefix + Separator);
}
