using System.Buffers.Text;
using System.Text;

namespace Commerce.Drivers.Redis.Protocol;

/// <summary>
/// Decodes one RESP2/RESP3 frame from the front of a buffer. A frame that is not complete yet
/// (split across reads) reports "need more" and consumes nothing, so the caller retries with more bytes.
/// </summary>
internal static class RespParser
{
    private const int MaxDepth = 64;

    public static bool TryParse(ReadOnlySpan<byte> buffer, out RedisResult? result, out int consumed)
    {
        var pos = 0;
        if (TryParseValue(buffer, ref pos, out result, 0))
        {
            consumed = pos;
            return true;
        }

        consumed = 0;
        result = null;
        return false;
    }

    private static bool TryParseValue(ReadOnlySpan<byte> buf, ref int pos, out RedisResult? result, int depth)
    {
        result = null;
        if (depth > MaxDepth)
        {
            throw new RedisProtocolException("Reply nested too deeply.");
        }

        if (pos >= buf.Length || !TryReadLine(buf, pos + 1, out var line, out var next))
        {
            return false;
        }

        var prefix = buf[pos];
        switch (prefix)
        {
            case (byte)'+':
                result = RedisResult.SimpleString(line.ToArray());
                break;
            case (byte)'-':
                result = RedisResult.Error(line.ToArray());
                break;
            case (byte)':':
                result = RedisResult.FromInteger(ParseInteger(line));
                break;
            case (byte)'_':
                result = RedisResult.Null;
                break;
            case (byte)'#':
                result = line.Length == 1 && line[0] == (byte)'t' ? RedisResult.FromBoolean(true)
                    : line.Length == 1 && line[0] == (byte)'f' ? RedisResult.FromBoolean(false)
                    : throw new RedisProtocolException($"Bad boolean '{Encoding.ASCII.GetString(line)}'.");
                break;
            case (byte)',':
                result = RedisResult.FromDouble(ParseDouble(line));
                break;
            case (byte)'(':
                result = RedisResult.BigNumber(ParseBigNumber(line));
                break;
            case (byte)'$':
            case (byte)'!':
            case (byte)'=':
                var length = ParseInteger(line);
                if (length == -1 && prefix == (byte)'$')
                {
                    result = RedisResult.Null; // RESP2 null bulk string
                    break;
                }

                if (length < 0)
                {
                    throw new RedisProtocolException($"Bad length {length}.");
                }

                if (next + length + 2 > buf.Length)
                {
                    return false;
                }

                var payload = buf.Slice(next, (int)length);
                if (buf[next + (int)length] != (byte)'\r' || buf[next + (int)length + 1] != (byte)'\n')
                {
                    throw new RedisProtocolException("Bulk payload not followed by CRLF.");
                }

                next += (int)length + 2;
                result = prefix switch
                {
                    (byte)'$' => RedisResult.BulkString(payload.ToArray()),
                    (byte)'!' => RedisResult.Error(payload.ToArray(), bulk: true),
                    _ => ParseVerbatim(payload),
                };
                break;
            case (byte)'*':
            case (byte)'~':
            case (byte)'>':
            case (byte)'%':
            case (byte)'|':
                var count = ParseInteger(line);
                if (count == -1 && prefix == (byte)'*')
                {
                    result = RedisResult.Null; // RESP2 null array
                    break;
                }

                if (count < 0)
                {
                    throw new RedisProtocolException($"Bad aggregate count {count}.");
                }

                var pairs = prefix is (byte)'%' or (byte)'|';
                var items = new RedisResult[pairs ? count * 2 : count];
                for (var i = 0; i < items.Length; i++)
                {
                    if (!TryParseValue(buf, ref next, out var item, depth + 1))
                    {
                        return false;
                    }

                    items[i] = item!;
                }

                if (prefix == (byte)'|')
                {
                    // An attribute describes the reply that follows it; both make one frame.
                    if (!TryParseValue(buf, ref next, out var described, depth + 1))
                    {
                        return false;
                    }

                    described!.Attributes = items;
                    result = described;
                    break;
                }

                result = RedisResult.Aggregate(
                    prefix switch
                    {
                        (byte)'*' => ResultType.Array,
                        (byte)'~' => ResultType.Set,
                        (byte)'>' => ResultType.Push,
                        _ => ResultType.Map,
                    },
                    items);
                break;
            default:
                throw new RedisProtocolException($"Unknown RESP type byte 0x{prefix:X2}.");
        }

        pos = next;
        return true;
    }

    private static bool TryReadLine(ReadOnlySpan<byte> buf, int start, out ReadOnlySpan<byte> line, out int next)
    {
        line = default;
        next = 0;
        if (start > buf.Length)
        {
            return false;
        }

        var cr = buf[start..].IndexOf((byte)'\r');
        if (cr < 0 || start + cr + 1 >= buf.Length)
        {
            return false;
        }

        if (buf[start + cr + 1] != (byte)'\n')
        {
            throw new RedisProtocolException("CR not followed by LF.");
        }

        line = buf.Slice(start, cr);
        next = start + cr + 2;
        return true;
    }

    private static long ParseInteger(ReadOnlySpan<byte> line) =>
        Utf8Parser.TryParse(line, out long value, out var used) && used == line.Length
            ? value
            : throw new RedisProtocolException($"Bad integer '{Encoding.ASCII.GetString(line)}'.");

    private static double ParseDouble(ReadOnlySpan<byte> line)
    {
        try
        {
            return RedisValue.ParseDouble(Encoding.ASCII.GetString(line));
        }
        catch (FormatException e)
        {
            throw new RedisProtocolException($"Bad double '{Encoding.ASCII.GetString(line)}'.", e);
        }
    }

    private static byte[] ParseBigNumber(ReadOnlySpan<byte> line)
    {
        var digits = line.Length > 0 && line[0] is (byte)'-' or (byte)'+' ? line[1..] : line;
        if (digits.Length == 0 || digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
        {
            throw new RedisProtocolException($"Bad big number '{Encoding.ASCII.GetString(line)}'.");
        }

        return line.ToArray();
    }

    private static RedisResult ParseVerbatim(ReadOnlySpan<byte> payload) =>
        payload.Length >= 4 && payload[3] == (byte)':'
            ? RedisResult.Verbatim(Encoding.ASCII.GetString(payload[..3]), payload[4..].ToArray())
            : throw new RedisProtocolException("Verbatim string lacks its 'fmt:' header.");
}
