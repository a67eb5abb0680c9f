using Commerce.Drivers.Bolt.Protocol;

namespace Commerce.Drivers.Bolt.Tests.Protocol;

public class HandshakeTests
{
    [Fact]
    public void The_request_is_the_preamble_then_5x_range_4x_range_3_and_1()
    {
        Assert.Equal(Hex.Parse("""
            60 60 B0 17
            00 04 04 05
            00 04 04 04
            00 00 00 03
            00 00 00 01
            """), Handshake.BuildRequest());
    }

    [Theory]
    [InlineData("00 00 00 01", 1, 0)]
    [InlineData("00 00 00 03", 3, 0)]
    [InlineData("00 00 00 04", 4, 0)]
    [InlineData("00 00 01 04", 4, 1)]
    [InlineData("00 00 04 04", 4, 4)]
    [InlineData("00 00 00 05", 5, 0)]
    [InlineData("00 00 04 05", 5, 4)]
    public void The_server_choice_is_major_in_the_last_byte_minor_before_it(string response, int major, int minor) =>
        Assert.Equal(new BoltVersion(major, minor), Handshake.ParseResponse(Hex.Parse(response)));

    [Fact]
    public void Zero_means_no_common_version() =>
        Assert.Throws<ServiceUnavailableException>(() => Handshake.ParseResponse(Hex.Parse("00 00 00 00")));

    [Fact]
    public void An_http_answer_is_recognised() =>
        Assert.Contains("HTTP", Assert.Throws<ServiceUnavailableException>(() => Handshake.ParseResponse("HTTP"u8)).Message);

    [Theory]
    [InlineData("00 00 00 02")] // Bolt 2 was not offered
    [InlineData("00 00 05 05")] // above the 5.x range
    [InlineData("00 00 07 05")]
    [InlineData("00 00 00 06")]
    public void A_version_that_was_not_offered_is_a_protocol_error(string response) =>
        Assert.Throws<ProtocolException>(() => Handshake.ParseResponse(Hex.Parse(response)));

    [Fact]
    public void Ranges_cover_the_minor_versions_below_the_named_one()
    {
        // "00 02 03 04" in the specification offers 4.3, 4.2 and 4.1; ours offer 5.4-5.0 and 4.4-4.0.
        for (var minor = 0; minor <= 4; minor++)
        {
            Assert.True(Handshake.IsOffered(new BoltVersion(5, minor)));
            Assert.True(Handshake.IsOffered(new BoltVersion(4, minor)));
        }
        Assert.True(Handshake.IsOffered(BoltVersion.V3));
        Assert.True(Handshake.IsOffered(BoltVersion.V1));
        Assert.False(Handshake.IsOffered(BoltVersion.V2));
        Assert.False(Handshake.IsOffered(new BoltVersion(3, 1)));
    }
}
