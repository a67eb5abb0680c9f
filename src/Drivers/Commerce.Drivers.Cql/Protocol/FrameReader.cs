using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace Commerce.Drivers.Cql.Protocol;

/// <summary>Reads the notations of section 3 from a received body, keeping slices of the body for [bytes].</summary>
internal sealed class FrameReader
{
    private readonly byte[] _body;
    private int _position;

    public FrameReader(byte[] body, int offset = 0)
    {
        _body = body;
        _position = offset;
    }

    public int Position => _position;

    public int Remaining => _body.Length - _position;

    public byte ReadByte()
    {
        Require(1);
        return _body[_position++];
    }

    public ushort ReadShort()
    {
        Require(2);
        var value = BinaryPrimitives.ReadUInt16BigEndian(_body.AsSpan(_position));
        _position += 2;
        return value;
    }

    public int ReadInt()
    {
        Require(4);
        var value = BinaryPrimitives.ReadInt32BigEndian(_body.AsSpan(_position));
        _position += 4;
        return value;
    }

    public long ReadLong()
    {
        Require(8);
        var value = BinaryPrimitives.ReadInt64BigEndian(_body.AsSpan(_position));
        _position += 8;
        return value;
    }

    public string ReadString() => ReadUtf8(ReadShort());

    public string ReadLongString() => ReadUtf8(ReadInt());

    public Guid ReadUuid()
    {
        Require(16);
        var value = new Guid(_body.AsSpan(_position, 16), bigEndian: true);
        _position += 16;
        return value;
    }

    public IReadOnlyList<string> ReadStringList()
    {
        var count = ReadShort();
        var list = new string[count];
        for (var i = 0; i < count; i++) list[i] = ReadString();
        return list;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ReadStringMultimap()
    {
        var count = ReadShort();
        var map = new Dictionary<string, IReadOnlyList<string>>(count);
        for (var i = 0; i < count; i++) map[ReadString()] = ReadStringList();
        return map;
    }

    public IReadOnlyDictionary<string, byte[]?> ReadBytesMap()
    {
        var count = ReadShort();
        var map = new Dictionary<string, byte[]?>(count);
        for (var i = 0; i < count; i++) map[ReadString()] = ReadBytes()?.ToArray();
        return map;
    }

    /// <summary>[bytes]: null when the length is negative.</summary>
    public ReadOnlyMemory<byte>? ReadBytes()
    {
        var length = ReadInt();
        if (length < 0) return null;
        Require(length);
        var slice = _body.AsMemory(_position, length);
        _position += length;
        return slice;
    }

    public byte[] ReadShortBytes()
    {
        var length = ReadShort();
        Require(length);
        var bytes = _body.AsSpan(_position, length).ToArray();
        _position += length;
        return bytes;
    }

    public ConsistencyLevel ReadConsistency() => (ConsistencyLevel)ReadShort();

    public IPEndPoint ReadInet()
    {
        var size = ReadByte();
        Require(size);
        var address = new IPAddress(_body.AsSpan(_position, size));
        _position += size;
        return new IPEndPoint(address, ReadInt());
    }

    private string ReadUtf8(int length)
    {
        Require(length);
        var value = Encoding.UTF8.GetString(_body, _position, length);
        _position += length;
        return value;
    }

    private void Require(int count)
    {
        if (count < 0 || _position + count > _body.Length)
            throw new ProtocolViolationException($"Frame body too short: needed {count} bytes at offset {_position} of {_body.Length}.");
    }
}
