using Commerce.Drivers.Bolt.PackStream;

namespace Commerce.Drivers.Bolt.Tests;

/// <summary>Byte strings written the way the Bolt documentation prints them: "C8 2A".</summary>
internal static class Hex
{
    public static byte[] Parse(string text) =>
        Convert.FromHexString(string.Concat(text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    public static byte[] Pack(Action<PackStreamWriter> write)
    {
        using var buffer = new PooledBufferWriter();
        write(new PackStreamWriter(buffer));
        return buffer.ToArray();
    }

    public static byte[] PackValue(object? value) => Pack(w => w.WriteValue(value));

    public static object? Unpack(byte[] bytes, bool elementIds = false)
    {
        var reader = new PackStreamReader(bytes, elementIds);
        var value = reader.ReadValue();
        Assert.True(reader.AtEnd, "the reader consumed every byte");
        return value;
    }
}
