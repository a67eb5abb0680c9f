using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Commerce.Drivers.Redis.Protocol;

/// <summary>
/// Encodes RESP. Clients send only commands (an array of bulk strings); encoding every reply type
/// as well lets the decoder be checked against the spec both ways and lets tests play a server.
/// </summary>
internal static class RespEncoder
{
    private static ReadOnlySpan<byte> Crlf => "\r\n"u8;

    public static void WriteCommand(IBufferWriter<byte> writer, ReadOnlySpan<RedisValue> args)
    {
        WriteHeader(writer, (byte)'*', args.Length);
        foreach (var arg in args)
        {
            var length = arg.GetByteCount();
            WriteHeader(writer, (byte)'$', length);
            var span = writer.GetSpan(length + 2);
            arg.CopyTo(span);
            Crlf.CopyTo(span[length..]);
            writer.Advance(length + 2);
        }
    }

    /// <summary>Writes a reply. RESP2 has no null, boolean, double, map, set or push type of its own.</summary>
    public static void WriteReply(IBufferWriter<byte> writer, RedisResult reply, RedisProtocol protocol = RedisProtocol.Resp3)
    {
        if (reply.Attributes is { Count: > 0 } attributes && protocol == RedisProtocol.Resp3)
        {
            WriteHeader(writer, (byte)'|', attributes.Count / 2);
            foreach (var item in attributes)
            {
                WriteReply(writer, item, protocol);
            }
        }

        switch (reply.Type)
        {
            case ResultType.SimpleString:
                WriteLine(writer, (byte)'+', reply.Bytes!);
                break;
            case ResultType.Error when reply.IsBulkError && protocol == RedisProtocol.Resp3:
                WriteBulk(writer, (byte)'!', reply.Bytes!);
                break;
            case ResultType.Error:
                WriteLine(writer, (byte)'-', reply.Bytes!);
                break;
            case ResultType.Integer:
                WriteHeader(writer, (byte)':', reply.Integer);
                break;
            case ResultType.BulkString:
                WriteBulk(writer, (byte)'$', reply.Bytes!);
                break;
            case ResultType.Null:
                WriteLine(writer, protocol == RedisProtocol.Resp3 ? (byte)'_' : (byte)'$', protocol == RedisProtocol.Resp3 ? [] : "-1"u8);
                break;
            case ResultType.Boolean when protocol == RedisProtocol.Resp3:
                WriteLine(writer, (byte)'#', reply.Boolean ? "t"u8 : "f"u8);
                break;
            case ResultType.Boolean:
                WriteHeader(writer, (byte)':', reply.Boolean ? 1 : 0);
                break;
            case ResultType.Double:
                var text = double.IsNaN(reply.Double) ? "nan"
                    : double.IsPositiveInfinity(reply.Double) ? "inf"
                    : double.IsNegativeInfinity(reply.Double) ? "-inf"
                    : reply.Double.ToString("R", CultureInfo.InvariantCulture);
                if (protocol == RedisProtocol.Resp3)
                {
                    WriteLine(writer, (byte)',', Encoding.ASCII.GetBytes(text));
                }
                else
                {
                    WriteBulk(writer, (byte)'$', Encoding.ASCII.GetBytes(text));
                }

                break;
            case ResultType.BigNumber:
                if (protocol == RedisProtocol.Resp3)
                {
                    WriteLine(writer, (byte)'(', reply.Bytes!);
                }
                else
                {
                    WriteBulk(writer, (byte)'$', reply.Bytes!);
                }

                break;
            case ResultType.VerbatimString when protocol == RedisProtocol.Resp3:
                var framed = new byte[reply.Bytes!.Length + 4];
                Encoding.ASCII.GetBytes(reply.VerbatimFormat!, framed);
                framed[3] = (byte)':';
                reply.Bytes.CopyTo(framed, 4);
                WriteBulk(writer, (byte)'=', framed);
                break;
            case ResultType.VerbatimString:
                WriteBulk(writer, (byte)'$', reply.Bytes!);
                break;
            default:
                var prefix = protocol == RedisProtocol.Resp2 ? (byte)'*' : reply.Type switch
                {
                    ResultType.Array => (byte)'*',
                    ResultType.Set => (byte)'~',
                    ResultType.Push => (byte)'>',
                    _ => (byte)'%',
                };
                WriteHeader(writer, prefix, prefix == (byte)'%' ? reply.Items.Count / 2 : reply.Items.Count);
                foreach (var item in reply.Items)
                {
                    WriteReply(writer, item, protocol);
                }

                break;
        }
    }

    private static void WriteHeader(IBufferWriter<byte> writer, byte prefix, long number)
    {
        var span = writer.GetSpan(24);
        span[0] = prefix;
        Utf8Formatter.TryFormat(number, span[1..], out var n);
        Crlf.CopyTo(span[(1 + n)..]);
        writer.Advance(n + 3);
    }

    private static void WriteLine(IBufferWriter<byte> writer, byte prefix, ReadOnlySpan<byte> text)
    {
        var span = writer.GetSpan(text.Length + 3);
        span[0] = prefix;
        text.CopyTo(span[1..]);
        Crlf.CopyTo(span[(1 + text.Length)..]);
        writer.Advance(text.Length + 3);
    }

    private static void WriteBulk(IBufferWriter<byte> writer, byte prefix, ReadOnlySpan<byte> payload)
    {
        WriteHeader(writer, prefix, payload.Length);
        var span = writer.GetSpan(payload.Length + 2);
        payload.CopyTo(span);
        Crlf.CopyTo(span[payload.Length..]);
        writer.Advance(payload.Length + 2);
    }
}
