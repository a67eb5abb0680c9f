using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Commerce.GraphQL.Serialization;

/// <summary>
/// Compact JSON text, byte for byte as ECMAScript's <c>JSON.stringify</c> writes it, straight into an
/// <see cref="IBufferWriter{T}"/> (a PipeWriter, a pooled buffer). It neither validates nor indents: callers
/// write well-formed sequences, and it only places the commas. A response is thousands of short names and
/// values, so each write is a bounds check and a copy into the current span; <see cref="Flush"/> hands the
/// written bytes to the output.
/// </summary>
public ref struct JsonTextWriter
{
    private const int MinimumSpan = 4096;

    private readonly IBufferWriter<byte> _output;
    private Span<byte> _span;
    private int _position;
    private bool _separate;

    public JsonTextWriter(IBufferWriter<byte> output)
    {
        _output = output;
        _span = output.GetSpan(MinimumSpan);
    }

    public void StartObject() => Open((byte)'{');

    public void EndObject() => Close((byte)'}');

    public void StartArray() => Open((byte)'[');

    public void EndArray() => Close((byte)']');

    /// <summary>A property name; GraphQL names (the usual case) need no escaping and are copied as ASCII.</summary>
    public void PropertyName(string name)
    {
        Separator();
        var span = Reserve(name.Length + 3);
        if (TryCopyGraphQLName(name, span))
        {
            _position += name.Length + 2;
        }
        else
        {
            WriteEscaped(name);
        }

        Reserve(1)[0] = (byte)':';
        _position++;
        _separate = false;
    }

    /// <summary>A property name already in JSON form: <c>"name":</c>.</summary>
    public void EncodedPropertyName(ReadOnlySpan<byte> quotedNameAndColon)
    {
        Separator();
        quotedNameAndColon.CopyTo(Reserve(quotedNameAndColon.Length));
        _position += quotedNameAndColon.Length;
        _separate = false;
    }

    public void String(string value)
    {
        Separator();
        WriteEscaped(value);
        _separate = true;
    }

    /// <summary>An integer of any width (at most 20 characters: <c>long.MinValue</c>, <c>ulong.MaxValue</c>).</summary>
    public void Number<T>(T value)
        where T : IBinaryInteger<T>
    {
        Separator();
        value.TryFormat(Reserve(20), out var written, default, CultureInfo.InvariantCulture);
        _position += written;
        _separate = true;
    }

    public void Number(decimal value)
    {
        Separator();
        value.TryFormat(Reserve(31), out var written, default, CultureInfo.InvariantCulture);
        _position += written;
        _separate = true;
    }

    /// <summary>ECMAScript's Number::toString; NaN and infinities become null, as JSON.stringify writes them.</summary>
    public void Number(double value)
    {
        if (!double.IsFinite(value))
        {
            Null();
            return;
        }

        Separator();
        var span = Reserve(32);
        // .NET's shortest round-trip form is ECMAScript's whenever .NET chooses plain notation (decimal exponents
        // -5 to 14, inside ECMAScript's plain range); zero has no sign in ECMAScript.
        if (value == 0)
        {
            span[0] = (byte)'0';
            _position++;
        }
        else if (value.TryFormat(span, out var written, "R", CultureInfo.InvariantCulture) && span[..written].IndexOf((byte)'E') < 0)
        {
            _position += written;
        }
        else
        {
            _position += Encoding.ASCII.GetBytes(JsNumberFormatter.Format(value), span);
        }

        _separate = true;
    }

    public void Boolean(bool value)
    {
        Raw(value ? "true"u8 : "false"u8);
    }

    public void Null() => Raw("null"u8);

    /// <summary>A value already in compact JSON text.</summary>
    public void Raw(ReadOnlySpan<byte> json)
    {
        Separator();
        json.CopyTo(Reserve(json.Length));
        _position += json.Length;
        _separate = true;
    }

    /// <summary>Commits what was written to the output; the writer may go on writing afterwards.</summary>
    public void Flush()
    {
        if (_position > 0)
        {
            _output.Advance(_position);
            _position = 0;
            _span = _output.GetSpan(MinimumSpan);
        }
    }

    private void Open(byte bracket)
    {
        Separator();
        Reserve(1)[0] = bracket;
        _position++;
        _separate = false;
    }

    private void Close(byte bracket)
    {
        Reserve(1)[0] = bracket;
        _position++;
        _separate = true;
    }

    private void Separator()
    {
        if (_separate)
        {
            Reserve(1)[0] = (byte)',';
            _position++;
        }
    }

    private void WriteEscaped(string value)
    {
        var text = value.AsSpan();
        // Printable ASCII other than the quote and the backslash is copied as it is (the common case, vectorized).
        if (text.IndexOfAnyExceptInRange(' ', '~') < 0 && text.IndexOfAny('"', '\\') < 0)
        {
            var span = Reserve(text.Length + 2);
            span[0] = (byte)'"';
            Encoding.ASCII.GetBytes(text, span[1..]);
            span[text.Length + 1] = (byte)'"';
            _position += text.Length + 2;
            return;
        }

        // Worst case 6 bytes per UTF-16 unit (\u00xx, \udxxx) plus the quotes.
        var maxLength = (text.Length * 6) + 2;
        if (maxLength <= MinimumSpan * 4)
        {
            var span = Reserve(maxLength);
            _position += JsonStringEscaper.Escape(value, span);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(maxLength);
        try
        {
            var written = JsonStringEscaper.Escape(value, rented);
            var at = 0;
            while (at < written)
            {
                var chunk = Math.Min(written - at, MinimumSpan);
                rented.AsSpan(at, chunk).CopyTo(Reserve(chunk));
                _position += chunk;
                at += chunk;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private Span<byte> Reserve(int size)
    {
        if (_span.Length - _position < size)
        {
            _output.Advance(_position);
            _position = 0;
            _span = _output.GetSpan(Math.Max(size, MinimumSpan));
        }

        return _span[_position..];
    }

    /// <summary>Writes <c>"name"</c> when the name is a GraphQL name (no escaping needed); false for anything else.</summary>
    private static bool TryCopyGraphQLName(string name, Span<byte> destination)
    {
        if (name.Length == 0)
        {
            return false;
        }

        destination[0] = (byte)'"';
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }

            destination[i + 1] = (byte)c;
        }

        destination[name.Length + 1] = (byte)'"';
        return true;
    }
}
