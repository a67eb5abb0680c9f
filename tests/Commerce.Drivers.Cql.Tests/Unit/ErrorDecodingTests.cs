using Commerce.Drivers.Cql.Protocol;

namespace Commerce.Drivers.Cql.Tests.Unit;

/// <summary>ERROR bodies of section 9: [int] code, [string] message, then each code's extra fields.</summary>
public class ErrorDecodingTests
{
    private static CqlServerException Decode(string hex) => ErrorDecoder.Decode(new FrameReader(Hex.Bytes(hex)));

    [Fact]
    public void Unavailable_carries_consistency_required_and_alive()
    {
        var error = Assert.IsType<UnavailableException>(Decode(Hex.Concat("00001000", Hex.Str("m"), "0004", "00000003", "00000001")));
        Assert.Equal((ConsistencyLevel.Quorum, 3, 1), (error.Consistency, error.Required, error.Alive));
        Assert.Equal("m", error.Message);
        Assert.Equal(0x1000, error.ErrorCode);
    }

    [Fact]
    public void Write_timeout_carries_the_write_type()
    {
        var error = Assert.IsType<WriteTimeoutException>(Decode(Hex.Concat("00001100", Hex.Str("m"), "0001", "00000000", "00000001", Hex.Str("BATCH_LOG"))));
        Assert.Equal((ConsistencyLevel.One, 0, 1, "BATCH_LOG"), (error.Consistency, error.Received, error.BlockFor, error.WriteType));
    }

    [Fact]
    public void Read_timeout_carries_data_present()
    {
        var error = Assert.IsType<ReadTimeoutException>(Decode(Hex.Concat("00001200", Hex.Str("m"), "0006", "00000001", "00000002", "00")));
        Assert.Equal((ConsistencyLevel.LocalQuorum, 1, 2, false), (error.Consistency, error.Received, error.BlockFor, error.DataPresent));
    }

    [Fact]
    public void V4_read_failure_write_failure_and_function_failure()
    {
        var read = Assert.IsType<ReadFailureException>(Decode(Hex.Concat("00001300", Hex.Str("m"), "0005", "00000001", "00000003", "00000002", "01")));
        Assert.Equal((1, 3, 2, true), (read.Received, read.BlockFor, read.Failures, read.DataPresent));
        var write = Assert.IsType<WriteFailureException>(Decode(Hex.Concat("00001500", Hex.Str("m"), "0001", "00000000", "00000001", "00000001", Hex.Str("SIMPLE"))));
        Assert.Equal((1, "SIMPLE"), (write.Failures, write.WriteType));
        var function = Assert.IsType<FunctionFailureException>(Decode(Hex.Concat("00001400", Hex.Str("m"), Hex.Str("ks"), Hex.Str("f"), "0001", Hex.Str("int"))));
        Assert.Equal(("ks", "f", "int"), (function.Keyspace, function.Function, function.ArgumentTypes.Single()));
    }

    [Fact]
    public void Already_exists_for_a_keyspace_has_an_empty_table()
    {
        var keyspace = Assert.IsType<AlreadyExistsException>(Decode(Hex.Concat("00002400", Hex.Str("m"), Hex.Str("ks"), Hex.Str(""))));
        Assert.True(keyspace.IsKeyspace);
        var table = Assert.IsType<AlreadyExistsException>(Decode(Hex.Concat("00002400", Hex.Str("m"), Hex.Str("ks"), Hex.Str("t"))));
        Assert.Equal(("ks", "t", false), (table.Keyspace, table.Table, table.IsKeyspace));
    }

    [Fact]
    public void Unprepared_carries_the_unknown_id()
    {
        var error = Assert.IsType<UnpreparedException>(Decode(Hex.Concat("00002500", Hex.Str("m"), "0002 CAFE")));
        Assert.Equal(new byte[] { 0xCA, 0xFE }, error.UnknownId);
    }

    [Theory]
    [InlineData("00000000", typeof(ServerErrorException))]
    [InlineData("0000000A", typeof(ProtocolErrorException))]
    [InlineData("00000100", typeof(AuthenticationException))]
    [InlineData("00001001", typeof(OverloadedException))]
    [InlineData("00001002", typeof(IsBootstrappingException))]
    [InlineData("00001003", typeof(TruncateException))]
    [InlineData("00002000", typeof(SyntaxError))]
    [InlineData("00002100", typeof(UnauthorizedException))]
    [InlineData("00002200", typeof(InvalidQueryException))]
    [InlineData("00002300", typeof(InvalidConfigurationInQueryException))]
    [InlineData("00009999", typeof(CqlServerException))]
    public void Codes_without_extra_fields_map_to_their_exception(string code, Type expected)
    {
        var error = Decode(Hex.Concat(code, Hex.Str("boom")));
        Assert.IsType(expected, error);
        Assert.Equal(Convert.ToInt32(code, 16), error.ErrorCode);
        Assert.Equal("boom", error.Message);
    }
}
