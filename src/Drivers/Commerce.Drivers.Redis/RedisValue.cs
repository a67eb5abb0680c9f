using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Commerce.Drivers.Redis;

/// <summary>
/// A binary-safe Redis value: null, a string (sent as UTF-8), raw bytes, an integer or a double.
/// Numbers stay numbers until they are written so a command allocates no text for them.
/// </summary>
public readonly struct RedisValue : IEquatable<RedisValue>
{
    private enum Kind : byte { Null, String, Bytes, Integer, Double }

    private readonly object? _obj;
    private readonly long _bits;
    private readonly Kind _kind;

    private RedisValue(Kind kind, object? obj, long bits)
    {
        _kind = kind;
        _obj = obj;
        _bits = bits;
    }

    public static RedisValue Null => default;
    public static RedisValue EmptyString { get; } = new(Kind.String, string.Empty, 0);

    public bool IsNull => _kind == Kind.Null;
    public bool HasValue => _kind != Kind.Null;
    public bool IsInteger => _kind == Kind.Integer;

    public bool IsNullOrEmpty => _kind switch
    {
        Kind.Null => true,
        Kind.String => ((string)_obj!).Length == 0,
        Kind.Bytes => ((byte[])_obj!).Length == 0,
        _ => false,
    };

    public static implicit operator RedisValue(string? value) => value is null ? Null : new(Kind.String, value, 0);
    public static implicit operator RedisValue(byte[]? value) => value is null ? Null : new(Kind.Bytes, value, 0);
    public static implicit operator RedisValue(long value) => new(Kind.Integer, null, value);
    public static implicit operator RedisValue(int value) => new(Kind.Integer, null, value);
    public static implicit operator RedisValue(double value) => new(Kind.Double, null, BitConverter.DoubleToInt64Bits(value));
    public static implicit operator RedisValue(bool value) => new(Kind.Integer, null, value ? 1 : 0);

    public static explicit operator string?(RedisValue value) => value.IsNull ? null : value.ToString();

    public static explicit operator byte[]?(RedisValue value) => value._kind switch
    {
        Kind.Null => null,
        Kind.Bytes => (byte[])value._obj!,
        _ => value.ToBytes(),
    };

    public static explicit operator long(RedisValue value) => value.ToInt64();
    public static explicit operator long?(RedisValue value) => value.IsNull ? null : value.ToInt64();
    public static explicit operator int(RedisValue value) => checked((int)value.ToInt64());
    public static explicit operator double(RedisValue value) => value.ToDouble();
    public static explicit operator double?(RedisValue value) => value.IsNull ? null : value.ToDouble();
    public static explicit operator bool(RedisValue value) => value.ToInt64() != 0;

    public override string ToString() => _kind switch
    {
        Kind.Null => string.Empty,
        Kind.String => (string)_obj!,
        Kind.Bytes => Encoding.UTF8.GetString((byte[])_obj!),
        Kind.Integer => _bits.ToString(CultureInfo.InvariantCulture),
        _ => FormatDouble(BitConverter.Int64BitsToDouble(_bits)),
    };

    public byte[] ToBytes()
    {
        if (_kind == Kind.Bytes)
        {
            return (byte[])_obj!;
        }

        var bytes = new byte[GetByteCount()];
        CopyTo(bytes);
        return bytes;
    }

    private long ToInt64()
    {
        switch (_kind)
        {
            case Kind.Integer:
                return _bits;
            case Kind.Double:
                var d = BitConverter.Int64BitsToDouble(_bits);
                return d == Math.Floor(d) ? (long)d : throw new InvalidCastException($"{d} is not an integer");
            case Kind.Null:
                return 0;
            default:
                var bytes = ToBytes();
                if (Utf8Parser.TryParse(bytes, out long v, out var used) && used == bytes.Length)
                {
                    return v;
                }

                throw new InvalidCastException($"'{ToString()}' is not an integer");
        }
    }

    private double ToDouble() => _kind switch
    {
        Kind.Integer => _bits,
        Kind.Double => BitConverter.Int64BitsToDouble(_bits),
        Kind.Null => 0,
        _ => ParseDouble(ToString()),
    };

    internal static double ParseDouble(string text) => text switch
    {
        "inf" or "+inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    internal static string FormatDouble(double d) => double.IsPositiveInfinity(d) ? "+inf"
        : double.IsNegativeInfinity(d) ? "-inf"
        : d.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The number of bytes this value takes on the wire.</summary>
    internal int GetByteCount()
    {
        switch (_kind)
        {
            case Kind.Null:
                return 0;
            case Kind.String:
                return Encoding.UTF8.GetByteCount((string)_obj!);
            case Kind.Bytes:
                return ((byte[])_obj!).Length;
            case Kind.Integer:
                Span<byte> tmp = stackalloc byte[24];
                Utf8Formatter.TryFormat(_bits, tmp, out var n);
                return n;
            default:
                return Encoding.UTF8.GetByteCount(ToString());
        }
    }

    internal int CopyTo(Span<byte> destination)
    {
        switch (_kind)
        {
            case Kind.Null:
                return 0;
            case Kind.String:
                return Encoding.UTF8.GetBytes((string)_obj!, destination);
            case Kind.Bytes:
                var bytes = (byte[])_obj!;
                bytes.CopyTo(destination);
                return bytes.Length;
            case Kind.Integer:
                Utf8Formatter.TryFormat(_bits, destination, out var n);
                return n;
            default:
                return Encoding.UTF8.GetBytes(ToString(), destination);
        }
    }

    public bool Equals(RedisValue other)
    {
        if (IsNull || other.IsNull)
        {
            return IsNull && other.IsNull;
        }

        if (_kind == Kind.String && other._kind == Kind.String)
        {
            return string.Equals((string)_obj!, (string)other._obj!, StringComparison.Ordinal);
        }

        return ToBytes().AsSpan().SequenceEqual(other.ToBytes());
    }

    public override bool Equals(object? obj) => obj is RedisValue other && Equals(other);

    public override int GetHashCode()
    {
        if (IsNull)
        {
            return 0;
        }

        var hash = new HashCode();
        hash.AddBytes(ToBytes());
        return hash.ToHashCode();
    }

    public static bool operator ==(RedisValue left, RedisValue right) => left.Equals(right);
    public static bool operator !=(RedisValue left, RedisValue right) => !left.Equals(right);
}
