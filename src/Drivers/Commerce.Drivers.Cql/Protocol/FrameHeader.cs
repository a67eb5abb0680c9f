using System.Buffers.Binary;

namespace Commerce.Drivers.Cql.Protocol;

/// <summary>
/// The frame header of section 2: version (direction in the top bit), flags, a [short] stream id,
/// the opcode and the body length. v3 and v4 share the 9-byte layout; v1/v2 used a one-byte stream,
/// which only matters when an old server answers a newer client's first frame.
/// </summary>
internal readonly record struct FrameHeader(byte Version, bool IsResponse, FrameFlags Flags, short Stream, Opcode Opcode, int BodyLength)
{
    public const int Size = 9;
    public const byte ResponseBit = 0x80;

    public static int SizeFor(byte version) => version >= 3 ? 9 : 8;

    public void WriteTo(Span<byte> destination)
    {
        if (Version < 3) throw new NotSupportedException("Only protocol versions 3 and 4 are written.");
        destination[0] = (byte)(Version | (IsResponse ? ResponseBit : 0));
        destination[1] = (byte)Flags;
        BinaryPrimitives.WriteInt16BigEndian(destination[2..], Stream);
        destination[4] = (byte)Opcode;
        BinaryPrimitives.WriteInt32BigEndian(destination[5..], BodyLength);
    }

    /// <summary>Parses a header whose size was chosen from its first byte with <see cref="SizeFor"/>.</summary>
    public static FrameHeader Parse(ReadOnlySpan<byte> source)
    {
        var version = (byte)(source[0] & 0x7F);
        var isResponse = (source[0] & ResponseBit) != 0;
        var flags = (FrameFlags)source[1];
        if (version >= 3)
        {
            return new FrameHeader(version, isResponse, flags, BinaryPrimitives.ReadInt16BigEndian(source[2..]),
                (Opcode)source[4], BinaryPrimitives.ReadInt32BigEndian(source[5..]));
        }
        return new FrameHeader(version, isResponse, flags, (sbyte)source[2], (Opcode)source[3],
            BinaryPrimitives.ReadInt32BigEndian(source[4..]));
    }
}
