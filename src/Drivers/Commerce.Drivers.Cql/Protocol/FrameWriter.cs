using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace Commerce.Drivers.Cql.Protocol;

/// <summary>
/// Writes the notations of section 3 ([int], [string], [bytes], [value], ...) into a growable buffer.
/// A frame writer reserves room for the header first, so that a request frame is one contiguous array.
/// </summary>
internal sealed class FrameWriter
{
    private byte[] _buffer;
    private int _position;

    public FrameWriter(int capacity = 256, bool reserveHeader = false)
    {
        _buffer = new byte[Math.Max(capacity, 16)];
        _position = reserveHeader ? FrameHeader.Size : 0;
    }

    public int Position => _position;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _position);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _position);

    public byte[] ToArray() => WrittenSpan.ToArray();

    public Span<byte> Reserve(int count)
    {
        Ensure(count);
        var span = _buffer.AsSpan(_position, count);
        _position += count;
        return span;
    }

    /// <summary>Already-written bytes, for patching a count or length once it is known.</summary>
    public Span<byte> Span(int at, int count) => _buffer.AsSpan(at, count);

    public void WriteHeader(FrameHeader header) => header.WriteTo(_buffer);

    public void WriteByte(byte value) => Reserve(1)[0] = value;

    public void WriteShort(ushort value) => BinaryPrimitives.WriteUInt16BigEndian(Reserve(2), value);

    public void WriteInt(int value) => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), value);

    public void WriteLong(long value) => BinaryPrimitives.WriteInt64BigEndian(Reserve(8), value);

    public void WriteRaw(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        if (length > ushort.MaxValue) throw new ArgumentException("A [string] holds at most 65535 bytes.", nameof(value));
        WriteShort((ushort)length);
        Encoding.UTF8.GetBytes(value, Reserve(length));
    }

    public void WriteLongString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteInt(length);
        Encoding.UTF8.GetBytes(value, Reserve(length));
    }

    public void WriteStringList(IReadOnlyCollection<string> values)
    {
        WriteShort(checked((ushort)values.Count));
        foreach (var value in values) WriteString(value);
    }

    public void WriteStringMap(IReadOnlyDictionary<string, string> map)
    {
        WriteShort(checked((ushort)map.Count));
        foreach (var (key, value) in map)
        {
            WriteString(key);
            WriteString(value);
        }
    }

    public void WriteBytesMap(IReadOnlyDictionary<string, byte[]?> map)
    {
        WriteShort(checked((ushort)map.Count));
        foreach (var (key, value) in map)
        {
            WriteString(key);
            WriteBytes(value);
        }
    }

    /// <summary>[bytes]: an [int] length then the bytes; a negative length means null.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteInt(value.Length);
        WriteRaw(value);
    }

    public void WriteBytes(byte[]? value)
    {
        if (value is null) WriteInt(-1);
        else WriteBytes(value.AsSpan());
    }

    public void WriteShortBytes(ReadOnlySpan<byte> value)
    {
        WriteShort(checked((ushort)value.Length));
        WriteRaw(value);
    }

    public void WriteNull() => WriteInt(-1);

    /// <summary>The [value] "not set" marker (n == -2); only protocol v4 knows it.</summary>
    public void WriteUnset() => WriteInt(-2);

    public void WriteConsistency(ConsistencyLevel level) => WriteShort((ushort)level);

    public void WriteInet(IPEndPoint endPoint)
    {
        var address = endPoint.Address.GetAddressBytes();
        WriteByte((byte)address.Length);
        WriteRaw(address);
        WriteInt(endPoint.Port);
    }

    /// <summary>Starts an [int]-length-prefixed section whose length is known only once it is written.</summary>
    public int BeginLengthPrefixed()
    {
        Reserve(4);
        return _position;
    }

    public void EndLengthPrefixed(int start) =>
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(start - 4), _position - start);

    private void Ensure(int count)
    {
        if (_position + count <= _buffer.Length) return;
        var size = Math.Max(_buffer.Length * 2, _position + count);
        Array.Resize(ref _buffer, size);
    }
}
