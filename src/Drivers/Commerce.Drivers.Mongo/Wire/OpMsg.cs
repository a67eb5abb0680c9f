using System.Buffers.Binary;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Wire;

/// <summary>
/// OP_MSG (opCode 2013), the only message MongoDB 3.6+ needs:
/// header { int32 messageLength; int32 requestID; int32 responseTo; int32 opCode }
/// uint32 flagBits; sections (kind 0: one body document; kind 1: int32 size, cstring identifier, documents);
/// optional uint32 CRC-32C checksum.
/// </summary>
public static class OpMsg
{
    public const int OpCode = 2013;
    public const int HeaderLength = 16;

    [Flags]
    public enum Flags : uint
    {
        None = 0,
        ChecksumPresent = 1 << 0,
        MoreToCome = 1 << 1,
        ExhaustAllowed = 1 << 16,
    }

    // Bits 0-15 are "required": a receiver must reject a message with an unknown one set.
    private const uint KnownRequiredBits = (uint)(Flags.ChecksumPresent | Flags.MoreToCome);

    public static void Write(System.Buffers.IBufferWriter<byte> output, int requestId, BsonDocument body, IReadOnlyList<DocumentSequence>? sequences = null)
    {
        var sequenceSizes = sequences?.Select(SequenceSize).ToArray() ?? [];
        var length = HeaderLength + 4 + 1 + BsonSize.Of(body) + sequenceSizes.Sum(s => 1 + s);

        var header = output.GetSpan(HeaderLength + 4);
        BinaryPrimitives.WriteInt32LittleEndian(header, length);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], requestId);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], OpCode);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], (uint)Flags.None);
        output.Advance(HeaderLength + 4);

        BsonBinaryWriter.WriteByte(output, 0);
        BsonBinaryWriter.WriteDocument(output, body);

        for (var i = 0; i < sequenceSizes.Length; i++)
        {
            var sequence = sequences![i];
            BsonBinaryWriter.WriteByte(output, 1);
            BsonBinaryWriter.WriteInt32(output, sequenceSizes[i]);
            BsonBinaryWriter.WriteCString(output, sequence.Identifier);
            foreach (var document in sequence.Documents)
            {
                BsonBinaryWriter.WriteDocument(output, document);
            }
        }
    }

    /// <summary>The size field of a kind 1 section counts itself, the identifier and the documents.</summary>
    private static int SequenceSize(DocumentSequence sequence) =>
        4 + BsonSize.CString(sequence.Identifier) + sequence.Documents.Sum(BsonSize.Of);

    /// <summary>Parses a whole message (header included).</summary>
    public static OpMsgMessage Read(ReadOnlySpan<byte> message)
    {
        if (message.Length < HeaderLength + 4 + 1)
        {
            throw new MongoProtocolException($"Message of {message.Length} bytes is too short for OP_MSG.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(message);
        var requestId = BinaryPrimitives.ReadInt32LittleEndian(message[4..]);
        var responseTo = BinaryPrimitives.ReadInt32LittleEndian(message[8..]);
        var opCode = BinaryPrimitives.ReadInt32LittleEndian(message[12..]);
        if (length != message.Length)
        {
            throw new MongoProtocolException($"Header says {length} bytes, message has {message.Length}.");
        }

        if (opCode != OpCode)
        {
            throw new MongoProtocolException($"Expected OP_MSG (2013), got opCode {opCode}.");
        }

        var flags = BinaryPrimitives.ReadUInt32LittleEndian(message[16..]);
        if ((flags & 0xFFFF & ~KnownRequiredBits) != 0)
        {
            throw new MongoProtocolException($"OP_MSG has unknown required flag bits 0x{flags:x}.");
        }

        var end = (flags & (uint)Flags.ChecksumPresent) != 0 ? message.Length - 4 : message.Length;
        var position = HeaderLength + 4;
        BsonDocument? body = null;
        var sequences = new List<DocumentSequence>();
        while (position < end)
        {
            var kind = message[position++];
            switch (kind)
            {
                case 0:
                    if (body is not null)
                    {
                        throw new MongoProtocolException("OP_MSG has more than one kind 0 section.");
                    }

                    var bodyLength = BinaryPrimitives.ReadInt32LittleEndian(message[position..]);
                    body = ReadBson(message.Slice(position, Bounded(bodyLength, position, end)));
                    position += bodyLength;
                    break;
                case 1:
                    var size = BinaryPrimitives.ReadInt32LittleEndian(message[position..]);
                    var section = message.Slice(position, Bounded(size, position, end));
                    var nameEnd = section[4..].IndexOf((byte)0);
                    if (nameEnd < 0)
                    {
                        throw new MongoProtocolException("Unterminated document sequence identifier.");
                    }

                    var identifier = System.Text.Encoding.UTF8.GetString(section.Slice(4, nameEnd));
                    var documents = new List<BsonDocument>();
                    var offset = 4 + nameEnd + 1;
                    while (offset < section.Length)
                    {
                        var docLength = BinaryPrimitives.ReadInt32LittleEndian(section[offset..]);
                        documents.Add(ReadBson(section.Slice(offset, Bounded(docLength, offset, section.Length))));
                        offset += docLength;
                    }

                    sequences.Add(new DocumentSequence(identifier, documents));
                    position += size;
                    break;
                default:
                    throw new MongoProtocolException($"Unknown OP_MSG section kind {kind}.");
            }
        }

        return new OpMsgMessage(requestId, responseTo, (Flags)flags, body ?? throw new MongoProtocolException("OP_MSG has no body section."), sequences);
    }

    private static int Bounded(int length, int position, int end) =>
        length >= 5 && position + length <= end ? length : throw new MongoProtocolException($"Section length {length} at {position} overruns the message.");

    private static BsonDocument ReadBson(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return BsonBinaryReader.ReadDocument(bytes);
        }
        catch (BsonSerializationException e)
        {
            throw new MongoProtocolException("Malformed BSON in reply: " + e.Message, e);
        }
    }
}
