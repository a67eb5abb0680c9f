using Commerce.Drivers.Bolt.PackStream;
using Commerce.Drivers.Bolt.Protocol;

namespace Commerce.Drivers.Bolt.Tests.Protocol;

/// <summary>Request messages as each Bolt version defines them, compared byte for byte with the documentation's examples.</summary>
public class MessageFramingTests
{
    private static readonly BoltVersion V4_4 = new(4, 4);
    private static readonly BoltVersion V5_1 = new(5, 1);
    private static readonly BoltVersion V5_3 = new(5, 3);

    private static byte[] Encode(Request request) => Hex.Pack(request.WriteTo);

    private static byte[] Chunked(Request request)
    {
        using var output = new PooledBufferWriter();
        Chunking.WriteMessage(Encode(request), output);
        return output.ToArray();
    }

    [Fact]
    public void Hello_on_4_4_carries_user_agent_and_credentials()
    {
        var hello = Requests.Hello(V4_4, "Example/4.0.0", AuthTokens.Basic("test", "test").Entries, boltAgent: null);
        Assert.Equal(Hex.Parse(DocExamples.HelloV4), Encode(hello));
    }

    [Fact]
    public void Hello_from_5_1_leaves_credentials_to_logon()
    {
        var hello = Requests.Hello(V5_1, "Example/4.1.0", AuthTokens.Basic("user", "password").Entries, AgentFromTheDocs);
        Assert.Equal(Hex.Parse(DocExamples.HelloV51), Encode(hello));
        Assert.Equal(Hex.Parse(DocExamples.Logon), Encode(Requests.Logon(AuthTokens.Basic("user", "password").Entries)));
    }

    [Fact]
    public void Hello_from_5_3_adds_bolt_agent()
    {
        var hello = Requests.Hello(V5_3, "Example/4.1.0", AuthTokens.Basic("user", "password").Entries, AgentFromTheDocs);
        Assert.Equal(Hex.Parse(DocExamples.HelloV53), Encode(hello));
    }

    [Fact]
    public void Init_on_v1_is_user_agent_then_auth_token() =>
        Assert.Equal(Hex.Parse(DocExamples.Init), Encode(Requests.Init("Example/1.0.0", AuthTokens.Basic("neo4j", "password").Entries)));

    [Fact]
    public void Run_with_metadata_extra()
    {
        var extra = new Dictionary<string, object?>
        {
            ["bookmarks"] = new List<string>(),
            ["tx_timeout"] = 123L,
            ["tx_metadata"] = new Dictionary<string, object?> { ["log"] = "example_message" },
            ["mode"] = "r",
        };
        var parameters = new Dictionary<string, object?> { ["x"] = 1L };
        Assert.Equal(Hex.Parse(DocExamples.RunExample1), Encode(Requests.Run(V4_4, "RETURN $x AS x", parameters, extra)));
        Assert.Equal(Hex.Parse(DocExamples.RunExample2), Encode(Requests.Run(V4_4, "RETURN $x AS x", parameters)));
    }

    [Fact]
    public void Run_on_v1_has_no_extra_field() =>
        Assert.Equal(Hex.Parse("B2 10 8E 52 45 54 55 52 4E 20 24 78 20 41 53 20 78 A1 81 78 01"),
            Encode(Requests.Run(BoltVersion.V1, "RETURN $x AS x", new Dictionary<string, object?> { ["x"] = 1L })));

    [Fact]
    public void Pull_and_discard_carry_n_and_qid_from_v4()
    {
        Assert.Equal(Hex.Parse(DocExamples.Pull1000), Encode(Requests.Pull(V4_4, 1000)));
        Assert.Equal(Hex.Parse(DocExamples.Pull2), Encode(Requests.Pull(V4_4, 2)));
        Assert.Equal(Hex.Parse(DocExamples.PullAllV4), Encode(Requests.Pull(V4_4, -1)));
        Assert.Equal(Hex.Parse(DocExamples.DiscardQid0), Encode(Requests.Discard(V4_4, -1, 0)));
    }

    [Fact]
    public void Before_v4_pull_and_discard_are_the_all_forms()
    {
        Assert.Equal(Hex.Parse(DocExamples.PullAll), Encode(Requests.Pull(BoltVersion.V3, 1000)));
        Assert.Equal(Hex.Parse(DocExamples.DiscardAll), Encode(Requests.Discard(BoltVersion.V1)));
    }

    [Fact]
    public void Begin_with_bookmarks_database_and_metadata()
    {
        var extra = Requests.TransactionExtra(V4_4, ["example-bookmark:1", "example-bookmark2"], "example_database", AccessMode.Write,
            timeout: null, new Dictionary<string, object?> { ["log"] = "example_log_data" });
        Assert.Equal(Hex.Parse(DocExamples.BeginExample2), Encode(Requests.Begin(extra)));
    }

    [Fact]
    public void Begin_read_mode_with_timeout()
    {
        var extra = Requests.TransactionExtra(V4_4, [], "example_database", AccessMode.Read,
            TimeSpan.FromMilliseconds(300), new Dictionary<string, object?> { ["foo"] = "bar" });
        Assert.Equal(Hex.Parse(DocExamples.BeginAppendix), Encode(Requests.Begin(extra)));
    }

    [Fact]
    public void Database_is_refused_before_v4() =>
        Assert.Throws<ClientException>(() => Requests.TransactionExtra(BoltVersion.V3, [], "other", AccessMode.Write, null, null));

    [Fact]
    public void Messages_without_fields()
    {
        Assert.Equal(Hex.Parse(DocExamples.Commit), Encode(Requests.Commit()));
        Assert.Equal(Hex.Parse(DocExamples.Rollback), Encode(Requests.Rollback()));
        Assert.Equal(Hex.Parse(DocExamples.Goodbye), Encode(Requests.Goodbye()));
        Assert.Equal(Hex.Parse(DocExamples.Reset), Encode(Requests.Reset()));
        Assert.Equal(Hex.Parse(DocExamples.AckFailure), Encode(Requests.AckFailure()));
    }

    [Fact]
    public void A_message_travels_as_one_chunk_and_the_end_marker()
    {
        var body = Hex.Parse(DocExamples.Pull1000);
        Assert.Equal([0x00, (byte)body.Length, .. body, 0x00, 0x00], Chunked(Requests.Pull(V4_4, 1000)));
    }

    [Theory]
    [InlineData("MATCH (n) RETURN n", "MATCH")]
    [InlineData("  \n create (n)", "CREATE")]
    [InlineData("UNWIND $rows AS r MERGE (p:P {id: r})", "UNWIND")]
    [InlineData("", "RUN")]
    public void Tracing_names_a_run_by_the_first_keyword(string query, string operation) =>
        Assert.Equal(operation, Requests.Run(BoltVersion.V1, query, null).Operation);

    [Fact]
    public void Responses_from_the_docs_decode()
    {
        var success = Response.Decode(Hex.Parse(DocExamples.SuccessFieldsQid0), elementIds: false);
        Assert.Equal(Response.SuccessSignature, success.Signature);
        Assert.Equal(new List<object?> { "x" }, success.Metadata["fields"]);
        Assert.Equal(0L, success.Metadata["qid"]);

        var record = Response.Decode(Hex.Parse(DocExamples.Record1), elementIds: false);
        Assert.False(record.IsSummary);
        Assert.Equal(new object?[] { 1L }, record.Fields);

        Assert.Equal(Response.IgnoredSignature, Response.Decode(Hex.Parse(DocExamples.Ignored), false).Signature);
    }

    [Fact]
    public void Failures_keep_the_server_code_in_both_the_v1_and_the_5_7_shape()
    {
        var v1 = Response.Decode(Hex.Parse(DocExamples.FailureV1), false).ToException();
        Assert.Equal("Example.Failure.Code", v1.Code);
        Assert.Equal("example failure", v1.Message);
        var v57 = Response.Decode(Hex.Parse(DocExamples.FailureV57), true).ToException();
        Assert.Equal("Example.Failure.Code", v57.Code);
        Assert.Equal("old message you have failed something", v57.Message);
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(ClientException), false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(AuthenticationException), false)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(TransientException), true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(ClientException), false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(DatabaseException), false)]
    public void Server_codes_map_to_the_exception_family(string code, Type expected, bool retriable)
    {
        var exception = Neo4jException.FromServer(code, "m");
        Assert.IsType(expected, exception);
        Assert.Equal(code, exception.Code);
        Assert.Equal(retriable, exception.IsRetriable);
    }

    private static readonly Dictionary<string, object?> AgentFromTheDocs = new()
    {
        ["product"] = "neo4j-fortran-alice-doe/42.69.0",
        ["platform"] = "Linux 5.15.0-58-generic; x86_64",
        ["language"] = "Fortran/77",
        ["language_details"] = "gfortran 9.3.0",
    };
}
