using Commerce.Drivers.Bolt.PackStream;
using Commerce.Drivers.Bolt.Protocol;

namespace Commerce.Drivers.Bolt.Tests.Protocol;

public class ChunkingTests
{
    private static byte[] Chunk(byte[] message)
    {
        using var output = new PooledBufferWriter();
        Chunking.WriteMessage(message, output);
        return output.ToArray();
    }

    private static async Task<List<byte[]>> Dechunk(byte[] wire, int messages)
    {
        using var reader = new ChunkReader(new MemoryStream(wire));
        var result = new List<byte[]>();
        for (var i = 0; i < messages; i++) result.Add((await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
        return result;
    }

    [Fact]
    public void Sixteen_bytes_make_one_chunk_then_the_end_marker() =>
        // From the specification: "Example of a message in one chunk".
        Assert.Equal(Hex.Parse("00 10 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 00 00"),
            Chunk(Hex.Parse("00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F")));

    [Fact]
    public void A_message_of_exactly_65535_bytes_is_one_full_chunk()
    {
        var message = Enumerable.Range(0, 65535).Select(i => (byte)i).ToArray();
        var wire = Chunk(message);
        Assert.Equal(2 + 65535 + 2, wire.Length);
        Assert.Equal(new byte[] { 0xFF, 0xFF }, wire[..2]);
        Assert.Equal(message, wire[2..^2]);
        Assert.Equal(new byte[] { 0x00, 0x00 }, wire[^2..]);
    }

    [Fact]
    public void One_byte_more_spills_into_a_second_chunk()
    {
        var message = Enumerable.Range(0, 65536).Select(i => (byte)(i * 7)).ToArray();
        var wire = Chunk(message);
        Assert.Equal(2 + 65535 + 2 + 1 + 2, wire.Length);
        Assert.Equal(new byte[] { 0xFF, 0xFF }, wire[..2]);
        Assert.Equal(new byte[] { 0x00, 0x01, message[^1], 0x00, 0x00 }, wire[^5..]);
    }

    [Fact]
    public async Task A_message_split_in_two_chunks_reads_back_whole()
    {
        // From the specification: "Example of a message split in two chunks".
        var wire = Hex.Parse("""
            00 10 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F
            00 04 01 02 03 04 00 00
            """);
        var message = Assert.Single(await Dechunk(wire, 1));
        Assert.Equal(Hex.Parse("00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 01 02 03 04"), message);
    }

    [Fact]
    public async Task Two_messages_with_a_noop_between()
    {
        // From the specification: "Example with two messages with a NOOP in between".
        var wire = Hex.Parse("""
            00 10 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 00 00
            00 00
            00 08 0F 0E 0D 0C 0B 0A 09 08 00 00
            """);
        var messages = await Dechunk(wire, 2);
        Assert.Equal(Hex.Parse("00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F"), messages[0]);
        Assert.Equal(Hex.Parse("0F 0E 0D 0C 0B 0A 09 08"), messages[1]);
    }

    [Fact]
    public async Task A_large_message_survives_chunking_both_ways()
    {
        var message = new byte[300_000];
        new Random(7).NextBytes(message);
        var wire = Chunk(message);
        Assert.Equal(message.Length + 5 * 2 + 2, wire.Length); // five chunks, five headers, one end marker
        Assert.Equal(message, Assert.Single(await Dechunk(wire, 1)));
    }

    [Fact]
    public async Task A_stream_that_ends_mid_message_is_an_error() =>
        await Assert.ThrowsAsync<EndOfStreamException>(() => Dechunk(Hex.Parse("00 10 00 01 02"), 1));
}
