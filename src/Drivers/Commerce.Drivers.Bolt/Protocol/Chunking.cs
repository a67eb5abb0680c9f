using System.Buffers.Binary;
using Commerce.Drivers.Bolt.PackStream;

namespace Commerce.Drivers.Bolt.Protocol;

/// <summary>Bolt framing: each message goes out as chunks of at most 65,535 bytes, each with a 2-byte size, then a 00 00 end marker.</summary>
internal static class Chunking
{
    public const int MaxChunkSize = ushort.MaxValue;

    public static void WriteMessage(ReadOnlySpan<byte> message, PooledBufferWriter output)
    {
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, MaxChunkSize);
            var span = output.GetSpan(2 + size);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            message[..size].CopyTo(span[2..]);
            output.Advance(2 + size);
            message = message[size..];
        }
        var end = output.GetSpan(2);
        end[0] = 0;
        end[1] = 0;
        output.Advance(2);
    }
}
