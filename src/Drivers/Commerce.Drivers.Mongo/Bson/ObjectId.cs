using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Commerce.Drivers.Mongo.Bson;

/// <summary>
/// 12 bytes: 4-byte big-endian seconds since the epoch, a 5-byte random value unique to the process,
/// and a 3-byte big-endian counter starting at a random value.
/// </summary>
public readonly struct ObjectId : IEquatable<ObjectId>, IComparable<ObjectId>
{
    // The ObjectId spec requires a per-process random value and counter; this is the one piece of
    // process-wide state the library keeps, and it is only touched through Interlocked.
    private static readonly byte[] ProcessRandom = RandomNumberGenerator.GetBytes(5);
    private static int _counter = RandomNumberGenerator.GetInt32(0, 0xFFFFFF);

    private readonly uint _a;
    private readonly ulong _b;

    private ObjectId(uint a, ulong b)
    {
        _a = a;
        _b = b;
    }

    public static ObjectId Empty => default;

    public ObjectId(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != 12)
        {
            throw new ArgumentException("An ObjectId is 12 bytes long.", nameof(bytes));
        }

        _a = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        _b = BinaryPrimitives.ReadUInt64BigEndian(bytes[4..]);
    }

    public static ObjectId GenerateNewId() => GenerateNewId(DateTimeOffset.UtcNow);

    public static ObjectId GenerateNewId(DateTimeOffset time)
    {
        Span<byte> bytes = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)time.ToUnixTimeSeconds());
        ProcessRandom.CopyTo(bytes[4..]);
        var counter = Interlocked.Increment(ref _counter) & 0xFFFFFF;
        bytes[9] = (byte)(counter >> 16);
        bytes[10] = (byte)(counter >> 8);
        bytes[11] = (byte)counter;
        return new ObjectId(bytes);
    }

    public static ObjectId Parse(string hex)
    {
        if (hex is null || hex.Length != 24)
        {
            throw new FormatException("An ObjectId is 24 hexadecimal digits.");
        }

        return new ObjectId(Convert.FromHexString(hex));
    }

    public static bool TryParse(string? hex, out ObjectId value)
    {
        value = default;
        if (hex is null || hex.Length != 24 || !hex.All(Uri.IsHexDigit))
        {
            return false;
        }

        value = Parse(hex);
        return true;
    }

    public DateTime CreationTime => DateTime.UnixEpoch.AddSeconds(_a);

    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[4..], _b);
    }

    public byte[] ToByteArray()
    {
        var bytes = new byte[12];
        WriteTo(bytes);
        return bytes;
    }

    public override string ToString() => Convert.ToHexStringLower(ToByteArray());
    public bool Equals(ObjectId other) => _a == other._a && _b == other._b;
    public override bool Equals(object? obj) => obj is ObjectId other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(_a, _b);
    public int CompareTo(ObjectId other) => _a != other._a ? _a.CompareTo(other._a) : _b.CompareTo(other._b);
    public static bool operator ==(ObjectId left, ObjectId right) => left.Equals(right);
    public static bool operator !=(ObjectId left, ObjectId right) => !left.Equals(right);
}
