using Commerce.Drivers.Cql.Protocol;
using Commerce.Drivers.Cql.Protocol.Requests;

namespace Commerce.Drivers.Cql.Tests.Unit;

public class FrameHeaderTests
{
    [Fact]
    public void V4_request_header_is_version_flags_short_stream_opcode_int_length()
    {
        var bytes = new byte[9];
        new FrameHeader(4, false, FrameFlags.None, 0x0102, Opcode.Query, 16).WriteTo(bytes);
        Assert.Equal("040001020700000010", Hex.Of(bytes));
    }

    [Fact]
    public void V3_request_header_differs_only_in_the_version_byte()
    {
        var bytes = new byte[9];
        new FrameHeader(3, false, FrameFlags.Tracing, 7, Opcode.Prepare, 0x01020304).WriteTo(bytes);
        Assert.Equal("030200070901020304", Hex.Of(bytes));
    }

    [Fact]
    public void Response_header_has_the_direction_bit_and_a_signed_stream()
    {
        var header = FrameHeader.Parse(Hex.Bytes("84 08 FF FF 0C 00 00 00 05"));
        Assert.Equal(4, header.Version);
        Assert.True(header.IsResponse);
        Assert.Equal(FrameFlags.Warning, header.Flags);
        Assert.Equal(-1, header.Stream); // EVENT frames use stream -1
        Assert.Equal(Opcode.Event, header.Opcode);
        Assert.Equal(5, header.BodyLength);
    }

    [Fact]
    public void V2_headers_are_eight_bytes_with_a_one_byte_stream()
    {
        Assert.Equal(8, FrameHeader.SizeFor(2));
        Assert.Equal(9, FrameHeader.SizeFor(3));
        var header = FrameHeader.Parse(Hex.Bytes("82 00 05 00 00 00 00 02"));
        Assert.Equal(2, header.Version);
        Assert.Equal(5, header.Stream);
        Assert.Equal(Opcode.Error, header.Opcode);
        Assert.Equal(2, header.BodyLength);
    }

    [Fact]
    public void Startup_frame_carries_the_cql_version_string_map()
    {
        var frame = RequestFrame.Build(new StartupRequest(), 4, 0);
        // [string map]: n=1, "CQL_VERSION" -> "3.0.0"; 2 + 13 + 7 = 22 = 0x16 bytes.
        Assert.Equal(Hex.Concat("04 00 0000 01 00000016", "0001", Hex.Str("CQL_VERSION"), Hex.Str("3.0.0")), Hex.Of(frame.Span));
    }

    [Fact]
    public void Options_frame_has_an_empty_body()
    {
        Assert.Equal("030000020500000000", Hex.Of(RequestFrame.Build(new OptionsRequest(), 3, 2).Span));
    }

    [Fact]
    public void Auth_response_is_a_sasl_plain_token_in_bytes()
    {
        var frame = RequestFrame.Build(AuthResponseRequest.PlainText("cassandra", "pw"), 3, 1);
        // [bytes] of "\0cassandra\0pw": 1 + 9 + 1 + 2 = 13 bytes.
        Assert.Equal(Hex.Concat("03 00 0001 0F 00000011", "0000000D", "00", "63617373616E647261", "00", "7077"), Hex.Of(frame.Span));
    }
}
