using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Commerce.Drivers.Cql;

/// <summary>
/// A version-1 (time-based) UUID as RFC 4122 section 4.2 defines it, for CQL timeuuid columns.
/// The node and clock sequence are random per id (RFC 4122 section 4.5), so ids made in the same
/// 100-ns tick still differ, with no shared generator state.
/// </summary>
public readonly struct TimeUuid : IEquatable<TimeUuid>, IComparable<TimeUuid>
{
    /// <summary>100-ns intervals between the Gregorian reform (1582-10-15) and the Unix epoch.</summary>
    private const long GregorianOffset = 0x01B21DD213814000;

    private readonly Guid _value;

    private TimeUuid(Guid value) => _value = value;

    public static TimeUuid NewId() => NewId(DateTimeOffset.UtcNow);

    public static TimeUuid NewId(DateTimeOffset date)
    {
        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);
        return NewId(date, random[..2], random[2..]);
    }

    /// <summary>Builds the id from its three parts: a 14-bit clock sequence (two bytes) and a 6-byte node.</summary>
    public static TimeUuid NewId(DateTimeOffset date, ReadOnlySpan<byte> clockSequence, ReadOnlySpan<byte> node)
    {
        var timestamp = date.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks + GregorianOffset;
        if (timestamp < 0) throw new ArgumentOutOfRangeException(nameof(date), "A timeuuid cannot predate 1582-10-15.");
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)timestamp);
        BinaryPrimitives.WriteUInt16BigEndian(bytes[4..], (ushort)(timestamp >> 32));
        BinaryPrimitives.WriteUInt16BigEndian(bytes[6..], (ushort)(((timestamp >> 48) & 0x0FFF) | 0x1000));
        bytes[8] = (byte)(0x80 | (clockSequence[0] & 0x3F));
        bytes[9] = clockSequence[1];
        node[..6].CopyTo(bytes[10..]);
        bytes[10] |= 0x01; // multicast bit: this node id is random, not a MAC address.
        return new TimeUuid(new Guid(bytes, bigEndian: true));
    }

    /// <summary>Accepts only version-1 UUIDs.</summary>
    public static TimeUuid Parse(Guid value)
    {
        if (value.Version != 1) throw new ArgumentException($"{value} is a version {value.Version} UUID, not a timeuuid.", nameof(value));
        return new TimeUuid(value);
    }

    public DateTimeOffset GetDate()
    {
        Span<byte> bytes = stackalloc byte[16];
        _value.TryWriteBytes(bytes, bigEndian: true, out _);
        long timestamp = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        timestamp |= (long)BinaryPrimitives.ReadUInt16BigEndian(bytes[4..]) << 32;
        timestamp |= (long)(BinaryPrimitives.ReadUInt16BigEndian(bytes[6..]) & 0x0FFF) << 48;
        return new DateTimeOffset(timestamp - GregorianOffset + DateTimeOffset.UnixEpoch.UtcTicks, TimeSpan.Zero);
    }

    public Guid ToGuid() => _value;

    public static implicit operator Guid(TimeUuid value) => value._value;

    public static explicit operator TimeUuid(Guid value) => Parse(value);

    public bool Equals(TimeUuid other) => _value.Equals(other._value);

    public override bool Equals(object? obj) => obj is TimeUuid other && Equals(other);

    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Orders by timestamp first, as Cassandra orders timeuuid columns.</summary>
    public int CompareTo(TimeUuid other)
    {
        var byDate = GetDate().CompareTo(other.GetDate());
        return byDate != 0 ? byDate : _value.CompareTo(other._value);
    }

    public static bool operator ==(TimeUuid left, TimeUuid right) => left.Equals(right);

    public static bool operator !=(TimeUuid left, TimeUuid right) => !left.Equals(right);

    public override string ToString() => _value.ToString();
}
