using Commerce.Drivers.Cql.Connections;

namespace Commerce.Drivers.Cql.Tests.Unit;

public class DriverHelpersTests
{
    [Fact]
    public void Connection_string_reads_the_datastax_keys()
    {
        var parsed = CassandraConnectionString.Parse("Contact Points=10.0.0.1, host2 ;Port=19042;Username=u;Password=p;Default Keyspace=ks");
        Assert.Equal(["10.0.0.1", "host2"], parsed.ContactPoints);
        Assert.Equal((19042, "u", "p", "ks"), (parsed.Port, parsed.Username, parsed.Password, parsed.DefaultKeyspace));
        Assert.Throws<FormatException>(() => CassandraConnectionString.Parse("Port=1"));
        Assert.Throws<FormatException>(() => CassandraConnectionString.Parse("Contact Points=a;Colour=blue"));
    }

    [Theory]
    [InlineData("Invalid or unsupported protocol version: 4; the lowest supported version is 1 and the greatest is 3", 4, 3)]
    [InlineData("Invalid or unsupported protocol version: 4", 4, 3)]
    [InlineData("Invalid or unsupported protocol version (5); supported versions are (3/v3, 4/v4)", 5, 4)]
    public void Negotiation_steps_down_to_the_highest_version_named_below_the_rejected_one(string message, byte rejected, byte next)
    {
        Assert.Equal(next, ProtocolNegotiation.NextVersion(message, rejected));
    }

    [Fact]
    public void Only_version_complaints_trigger_a_fallback()
    {
        Assert.True(ProtocolNegotiation.IsVersionRejection(new ServerErrorException(
            "io.netty.handler.codec.DecoderException: org.apache.cassandra.transport.ProtocolException: Invalid or unsupported protocol version: 4")));
        Assert.True(ProtocolNegotiation.IsVersionRejection(new ProtocolErrorException("Invalid or unsupported protocol version: 4")));
        Assert.False(ProtocolNegotiation.IsVersionRejection(new ProtocolErrorException("Unexpected message STARTUP")));
        Assert.False(ProtocolNegotiation.IsVersionRejection(new SyntaxError("protocol version")));
    }

    [Theory]
    [InlineData("SELECT * FROM t", "SELECT")]
    [InlineData("  insert into t (a) values (1)", "INSERT")]
    [InlineData("-- comment\nUPDATE t SET a = 1", "UPDATE")]
    [InlineData("/* c */ BEGIN BATCH", "BEGIN")]
    public void First_cql_keyword_names_the_operation(string cql, string keyword) => Assert.Equal(keyword, CqlDiagnostics.FirstKeyword(cql));

    [Theory]
    [InlineData("SELECT * FROM t", true)]
    [InlineData("select distinct * from t", true)]
    [InlineData("SELECT a FROM t", false)]
    [InlineData("INSERT INTO t (a) VALUES (?)", false)]
    public void Metadata_is_never_skipped_for_select_star(string cql, bool selectsStar) => Assert.Equal(selectsStar, RequestBuilder.SelectsStar(cql));

    [Theory]
    [InlineData("analytics", "analytics")]
    [InlineData("MixedCase", "\"MixedCase\"")]
    [InlineData("we\"ird", "\"we\"\"ird\"")]
    public void Keyspaces_are_quoted_only_when_needed(string keyspace, string cql) => Assert.Equal(cql, Session.QuoteKeyspace(keyspace));
}
