using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;
using Commerce.GraphQL.Serialization;

namespace Commerce.GraphQL.AspNetCore.Tests.Serialization;

/// <summary>Our string escaping and number formatting against node's own JSON.stringify, byte for byte.</summary>
public sealed class JsonStringifyCrossCheckTests
{
    private static readonly string[] Strings =
    [
        "", "plain", "quote \" backslash \\ slash /", "\b\f\n\r\t", "\u0000\u0001\u001f\u007f",
        "<script>&'+`", "é ü ß 中文", "Run🏃Swim🏊", "lone \ud800 high", "lone \udc00 low", "\u2028\u2029", "\ufeff",
    ];

    private static readonly double[] Doubles =
    [
        0, -0.0, 1, -1, 1.5, 0.1, 0.1 + 0.2, 1e21, 1e20, 123456789012345680000d, 1e-6, 1e-7, 1.5e-7, 5e-324,
        double.MaxValue, double.Epsilon * 3, 2.5e+300, -1.25e-10, 100, 1234.5678, 9007199254740993d, 0.000001234,
    ];

    [Fact]
    public async Task Strings_are_escaped_exactly_as_JSON_stringify_escapes_them()
    {
        var cases = Strings.Select(s => new object[] { "string", s.Select(c => (int)c).ToArray() });
        var expected = await StringifyAsync(cases);

        for (var i = 0; i < Strings.Length; i++)
        {
            var text = Strings[i];
            var actual = Write((ref JsonTextWriter w) => w.String(text));
            Assert.True(expected[i].AsSpan().SequenceEqual(actual), $"case {i}: expected {Show(expected[i])}, wrote {Show(actual)}");
        }
    }

    [Fact]
    public async Task Doubles_are_formatted_exactly_as_JSON_stringify_formats_them()
    {
        var cases = Doubles.Select(d => new object[] { "number", d.ToString("R", CultureInfo.InvariantCulture) });
        var expected = await StringifyAsync(cases);

        for (var i = 0; i < Doubles.Length; i++)
        {
            var value = Doubles[i];
            var actual = Write((ref JsonTextWriter w) => w.Number(value));
            Assert.True(expected[i].AsSpan().SequenceEqual(actual), $"{Doubles[i]:R}: expected {Show(expected[i])}, wrote {Show(actual)}");
        }
    }

    private static async Task<byte[][]> StringifyAsync(IEnumerable<object[]> cases)
    {
        var result = await NodeRunner.RunAsync("stringify.js", [], JsonSerializer.Serialize(cases));
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Stdout.Split('\n').Select(Convert.FromBase64String).ToArray();
    }

    private delegate void WriteAction(ref JsonTextWriter writer);

    private static byte[] Write(WriteAction write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new JsonTextWriter(buffer);
        write(ref writer);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private static string Show(byte[] bytes) => Convert.ToHexString(bytes) + " (" + Encoding.UTF8.GetString(bytes) + ")";
}
