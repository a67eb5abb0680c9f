using System.Buffers.Text;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Commerce.Drivers.Redis;

/// <summary>
/// One decoded reply of any RESP2/RESP3 type. Maps keep their pairs flattened in <see cref="Items"/>
/// (key, value, key, value) as on the wire; attributes that preceded the reply are kept in
/// <see cref="Attributes"/> the same way.
/// </summary>
public sealed class RedisResult
{
    private static readonly RedisResult[] NoItems = [];

    private RedisResult(ResultType type) => Type = type;

    public ResultType Type { get; }

    /// <summary>The payload of string-like replies (simple, bulk, error, verbatim, big number).</summary>
    public byte[]? Bytes { get; private init; }

    public long Integer { get; private init; }

    public double Double { get; private init; }

    public bool Boolean { get; private init; }

    /// <summary>Three-letter format of a verbatim string, e.g. <c>txt</c> or <c>mkd</c>.</summary>
    public string? VerbatimFormat { get; private init; }

    /// <summary>Elements of an array, set or push; flattened pairs of a map.</summary>
    public IReadOnlyList<RedisResult> Items { get; private init; } = NoItems;

    /// <summary>Flattened pairs of the RESP3 attribute sent before this reply, if any.</summary>
    public IReadOnlyList<RedisResult>? Attributes { get; internal set; }

    /// <summary>True for an error reported as a bulk error (<c>!</c>) rather than a simple error (<c>-</c>).</summary>
    public bool IsBulkError { get; private init; }

    public bool IsNull => Type == ResultType.Null;

    public bool IsError => Type == ResultType.Error;

    public static RedisResult Null { get; } = new(ResultType.Null);

    public static RedisResult SimpleString(byte[] text) => new(ResultType.SimpleString) { Bytes = text };

    public static RedisResult Error(byte[] text, bool bulk = false) => new(ResultType.Error) { Bytes = text, IsBulkError = bulk };

    public static RedisResult FromInteger(long value) => new(ResultType.Integer) { Integer = value };

    public static RedisResult BulkString(byte[] bytes) => new(ResultType.BulkString) { Bytes = bytes };

    public static RedisResult FromBoolean(bool value) => new(ResultType.Boolean) { Boolean = value };

    public static RedisResult FromDouble(double value) => new(ResultType.Double) { Double = value };

    public static RedisResult BigNumber(byte[] digits) => new(ResultType.BigNumber) { Bytes = digits };

    public static RedisResult Verbatim(string format, byte[] text) =>
        new(ResultType.VerbatimString) { VerbatimFormat = format, Bytes = text };

    public static RedisResult Aggregate(ResultType type, RedisResult[] items)
    {
        if (type is not (ResultType.Array or ResultType.Set or ResultType.Push or ResultType.Map))
        {
            throw new ArgumentOutOfRangeException(nameof(type));
        }

        if (type == ResultType.Map && items.Length % 2 != 0)
        {
            throw new ArgumentException("A map needs key/value pairs.", nameof(items));
        }

        return new(type) { Items = items };
    }

    public override string ToString() => Type switch
    {
        ResultType.Null => string.Empty,
        ResultType.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        ResultType.Double => RedisValue.FormatDouble(Double),
        ResultType.Boolean => Boolean ? "true" : "false",
        ResultType.Array or ResultType.Set or ResultType.Push or ResultType.Map =>
            "[" + string.Join(", ", Items.Select(i => i.ToString())) + "]",
        _ => Encoding.UTF8.GetString(Bytes!),
    };

    public RedisValue ToRedisValue() => Type switch
    {
        ResultType.Null => RedisValue.Null,
        ResultType.Integer => Integer,
        ResultType.Double => Double,
        ResultType.Boolean => Boolean,
        ResultType.Array or ResultType.Set or ResultType.Push or ResultType.Map =>
            throw new InvalidCastException($"A {Type} reply is not a single value."),
        _ => Bytes,
    };

    public long ToInt64() => Type switch
    {
        ResultType.Integer => Integer,
        ResultType.Boolean => Boolean ? 1 : 0,
        ResultType.Null => 0,
        _ when Bytes is not null && Utf8Parser.TryParse(Bytes, out long v, out var used) && used == Bytes.Length => v,
        _ => throw new InvalidCastException($"A {Type} reply '{this}' is not an integer."),
    };

    public double ToDouble() => Type switch
    {
        ResultType.Double => Double,
        ResultType.Integer => Integer,
        ResultType.Null => 0,
        _ => RedisValue.ParseDouble(ToString()),
    };

    /// <summary>The usual truth of a reply: 1, true, OK.</summary>
    public bool ToBoolean() => Type switch
    {
        ResultType.Boolean => Boolean,
        ResultType.Integer => Integer != 0,
        ResultType.Null => false,
        ResultType.SimpleString => true,
        _ => ToInt64() != 0,
    };

    public BigInteger ToBigInteger() => Type == ResultType.Integer
        ? new BigInteger(Integer)
        : BigInteger.Parse(ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public RedisValue[] ToValues() => Items.Select(i => i.ToRedisValue()).ToArray();

    /// <summary>Pairs of a map, or of a RESP2 array holding key, value, key, value.</summary>
    public IEnumerable<KeyValuePair<RedisResult, RedisResult>> ToPairs()
    {
        for (var i = 0; i + 1 < Items.Count; i += 2)
        {
            yield return new(Items[i], Items[i + 1]);
        }
    }

    public Dictionary<string, RedisResult> ToDictionary() =>
        ToPairs().ToDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.Ordinal);

    public static explicit operator string?(RedisResult r) => r.IsNull ? null : r.ToString();
    public static explicit operator long(RedisResult r) => r.ToInt64();
    public static explicit operator double(RedisResult r) => r.ToDouble();
    public static explicit operator bool(RedisResult r) => r.ToBoolean();
    public static explicit operator RedisValue(RedisResult r) => r.ToRedisValue();
    public static explicit operator byte[]?(RedisResult r) => r.IsNull ? null : (byte[]?)r.ToRedisValue();
}
