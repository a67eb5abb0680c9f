using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Wire;

namespace Commerce.Drivers.Mongo.Tests.Wire;

/// <summary>Bytes derived by hand from the OP_MSG layout of the MongoDB wire protocol reference.</summary>
public sealed class OpMsgTests
{
    // header: length 36, requestID 7, responseTo 0, opCode 2013 (0x7DD); flags 0; kind 0; body {ping: 1}
    private const string PingMessage = "24000000 07000000 00000000 DD070000 00000000 00 0F000000 10 70696E6700 01000000 00";

    // body {insert: "c"}, then kind 1: size 26 = 4 + "documents\0" (10) + {a: 1} (12)
    private const string InsertMessage =
        "43000000 01000000 00000000 DD070000 00000000" +
        "00 13000000 02 696E7365727400 02000000 6300 00" +
        "01 1A000000 646F63756D656E747300 0C000000 10 6100 01000000 00";

    [Fact]
    public void Writes_kind0_body()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        OpMsg.Write(buffer, 7, new BsonDocument("ping", 1));
        Assert.Equal(Hex.Of(Hex.Bytes(PingMessage)), Hex.Of(buffer.WrittenSpan));
    }

    [Fact]
    public void Writes_kind1_document_sequence()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        OpMsg.Write(buffer, 1, new BsonDocument("insert", "c"), [new DocumentSequence("documents", [new BsonDocument("a", 1)])]);
        Assert.Equal(Hex.Of(Hex.Bytes(InsertMessage)), Hex.Of(buffer.WrittenSpan));
    }

    [Fact]
    public void Reads_body_and_sequences()
    {
        var message = OpMsg.Read(Hex.Bytes(InsertMessage));
        Assert.Equal(1, message.RequestId);
        Assert.Equal(new BsonDocument("insert", "c"), message.Body);
        var sequence = Assert.Single(message.Sequences);
        Assert.Equal("documents", sequence.Identifier);
        Assert.Equal(new BsonDocument("a", 1), Assert.Single(sequence.Documents));
    }

    [Fact]
    public void Reads_reply_with_checksum_and_exhaust_bits()
    {
        // responseTo 7, flags checksumPresent | exhaustAllowed (0x00010001), 4 checksum bytes at the end (not verified: optional per spec)
        var reply = Hex.Bytes("28000000 09000000 07000000 DD070000 01000100 00 0F000000 10 70696E6700 01000000 00 AABBCCDD");
        var message = OpMsg.Read(reply);
        Assert.Equal(7, message.ResponseTo);
        Assert.Equal(new BsonDocument("ping", 1), message.Body);
    }

    [Theory]
    [InlineData("24000000 07000000 00000000 DD070000 04000000 00 0F000000 10 70696E6700 01000000 00", "unknown required flag bit 2")]
    [InlineData("24000000 07000000 00000000 D4070000 00000000 00 0F000000 10 70696E6700 01000000 00", "OP_QUERY opcode")]
    [InlineData("25000000 07000000 00000000 DD070000 00000000 00 0F000000 10 70696E6700 01000000 00", "length mismatch")]
    [InlineData("24000000 07000000 00000000 DD070000 00000000 02 0F000000 10 70696E6700 01000000 00", "unknown section kind")]
    [InlineData("1A000000 07000000 00000000 DD070000 00000000 01 05000000 6100", "no body section")]
    public void Rejects_malformed_messages(string hex, string why)
    {
        var error = Assert.Throws<MongoProtocolException>(() => OpMsg.Read(Hex.Bytes(hex)));
        Assert.False(string.IsNullOrEmpty(error.Message), why);
    }
}
