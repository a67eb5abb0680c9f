namespace Commerce.Drivers.Cql.Tests.Unit;

/// <summary>Session-level protocol paths against a scripted loopback peer; every server frame is written by hand.</summary>
public class ScriptedProtocolTests
{
    private const byte Error = 0x00, Authenticate = 0x03, Query = 0x07, Result = 0x08, Prepare = 0x09, Execute = 0x0A, AuthResponse = 0x0F, AuthSuccess = 0x10;

    // RESULT Rows: global table spec ks.t, one text column "q", one row holding `value`.
    private static string TextRow(string value) => Hex.Concat("00000002", "00000001", "00000001", Hex.Str("ks"), Hex.Str("t"), Hex.Str("q"), "000D",
        "00000001", $"{System.Text.Encoding.UTF8.GetByteCount(value):X8}", Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(value)));

    [Fact]
    public async Task Password_authenticator_receives_a_sasl_plain_token()
    {
        byte[]? token = null;
        await using var server = new ScriptedServer(async (peer, _) =>
        {
            var startup = await peer.ReadAsync();
            await peer.WriteAsync(3, 0, startup.Stream, Authenticate, Hex.Str("org.apache.cassandra.auth.PasswordAuthenticator"));
            var response = await peer.ReadAsync();
            Assert.Equal(AuthResponse, response.Opcode);
            token = response.Body;
            await peer.WriteAsync(3, 0, response.Stream, AuthSuccess, "FFFFFFFF");
        });
        await using var cluster = Cluster.Builder().AddContactPoint("127.0.0.1").WithPort(server.Port).WithMaxProtocolVersion(3)
            .WithCredentials("cassandra", "s3cret").Build();

        await using var session = await cluster.ConnectAsync();
        await server.CompletedAsync();

        // [bytes] holding "\0cassandra\0s3cret": 1 + 9 + 1 + 6 = 17 bytes.
        Assert.Equal(Hex.Concat("00000011", "00", "63617373616E647261", "00", "733363726574"), Hex.Of(token));
    }

    [Fact]
    public async Task A_rejected_password_is_an_authentication_exception()
    {
        await using var server = new ScriptedServer(async (peer, _) =>
        {
            var startup = await peer.ReadAsync();
            await peer.WriteAsync(3, 0, startup.Stream, Authenticate, Hex.Str("org.apache.cassandra.auth.PasswordAuthenticator"));
            var response = await peer.ReadAsync();
            await peer.WriteAsync(3, 0, response.Stream, Error, Hex.Concat("00000100", Hex.Str("Username and/or password are incorrect")));
        });
        await using var cluster = Cluster.Builder().AddContactPoint("127.0.0.1").WithPort(server.Port).WithMaxProtocolVersion(3)
            .WithCredentials("cassandra", "wrong").Build();

        var error = await Assert.ThrowsAsync<AuthenticationException>(() => cluster.ConnectAsync());
        Assert.Equal(0x0100, error.ErrorCode);
    }

    [Fact]
    public async Task Missing_credentials_fail_when_the_server_asks_for_them()
    {
        await using var server = new ScriptedServer(async (peer, _) =>
        {
            var startup = await peer.ReadAsync();
            await peer.WriteAsync(3, 0, startup.Stream, Authenticate, Hex.Str("org.apache.cassandra.auth.PasswordAuthenticator"));
        });
        await using var cluster = server.Cluster(3);

        var error = await Assert.ThrowsAsync<AuthenticationException>(() => cluster.ConnectAsync());
        Assert.Contains("no credentials", error.Message);
    }

    [Fact]
    public async Task A_protocol_error_naming_the_versions_makes_the_client_start_over_at_v3()
    {
        var versions = new List<byte>();
        await using var server = new ScriptedServer(async (peer, index) =>
        {
            var startup = await peer.ReadAsync();
            lock (versions) versions.Add(startup.Version);
            if (index == 0)
            {
                await peer.WriteAsync(3, 0, startup.Stream, Error,
                    Hex.Concat("0000000A", Hex.Str("Invalid or unsupported protocol version (4); supported versions are (3/v3)")));
                return;
            }
            await peer.WriteAsync(3, 0, startup.Stream, 0x02, "");
        });
        await using var cluster = server.Cluster(4);

        await using var session = await cluster.ConnectAsync();
        await server.CompletedAsync();

        Assert.Equal(3, session.BinaryProtocolVersion);
        Assert.Equal(2, server.Accepted); // a new connection, as the version is fixed per connection
        Assert.Equal([0x04, 0x03], versions);
    }

    [Fact]
    public async Task Answers_in_another_order_reach_their_own_requests_with_v4_warnings()
    {
        await using var server = new ScriptedServer(async (peer, _) =>
        {
            await peer.AcceptStartupAsync();
            var first = await peer.ReadAsync();
            var second = await peer.ReadAsync();
            Assert.NotEqual(first.Stream, second.Stream);
            var (a, b) = System.Text.Encoding.UTF8.GetString(first.Body).Contains("'a'") ? (first, second) : (second, first);
            await peer.WriteAsync(4, 0, b.Stream, Result, TextRow("answer b"));
            await peer.WriteAsync(4, 0x08, a.Stream, Result, Hex.Concat("0001", Hex.Str("slow query"), TextRow("answer a")));
        });
        await using var cluster = server.Cluster(4);
        await using var session = await cluster.ConnectAsync();

        var queryA = session.ExecuteAsync("SELECT q FROM t WHERE k = 'a'");
        var queryB = session.ExecuteAsync("SELECT q FROM t WHERE k = 'b'");
        var (resultA, resultB) = (await queryA, await queryB);

        Assert.Equal("answer a", (await resultA.ToListAsync()).Single().GetValue<string>("q"));
        Assert.Equal("answer b", (await resultB.ToListAsync()).Single().GetValue<string>("q"));
        Assert.Equal(["slow query"], resultA.Info.Warnings);
        Assert.Empty(resultB.Info.Warnings);
        Assert.Equal(4, session.BinaryProtocolVersion);
        await server.CompletedAsync();
    }

    [Fact]
    public async Task V4_prepare_reads_partition_key_indexes_and_unbound_markers_go_as_unset()
    {
        byte[]? executeBody = null;
        await using var server = new ScriptedServer(async (peer, _) =>
        {
            await peer.AcceptStartupAsync();
            var prepare = await peer.ReadAsync();
            Assert.Equal(Prepare, prepare.Opcode);
            await peer.WriteAsync(4, 0, prepare.Stream, Result, Hex.Concat("00000004", "0002 ABCD",
                "00000001", "00000002", "00000001", "0000", Hex.Str("ks"), Hex.Str("t"), Hex.Str("k"), "0009", Hex.Str("v"), "0009",
                "00000004", "00000000"));
            var execute = await peer.ReadAsync();
            Assert.Equal(Execute, execute.Opcode);
            executeBody = execute.Body;
            await peer.WriteAsync(4, 0, execute.Stream, Result, "00000001");
        });
        await using var cluster = server.Cluster(4);
        await using var session = await cluster.ConnectAsync();

        var prepared = await session.PrepareAsync("UPDATE t SET v = ? WHERE k = ?");
        await session.ExecuteAsync(prepared.Bind(7).SetConsistencyLevel(ConsistencyLevel.Quorum));
        await server.CompletedAsync();

        Assert.Equal([0], prepared.RoutingIndexes);
        // id, QUORUM, flags = values | page size, two values: int 7 then "not set" (-2), page size 5000.
        Assert.Equal(Hex.Concat("0002 ABCD", "0004", "05", "0002", "00000004 00000007", "FFFFFFFE", "00001388"), Hex.Of(executeBody));
    }

    [Fact]
    public async Task A_dropped_connection_fails_its_requests_and_the_next_request_reconnects()
    {
        await using var server = new ScriptedServer(async (peer, index) =>
        {
            await peer.AcceptStartupAsync();
            var query = await peer.ReadAsync();
            Assert.Equal(Query, query.Opcode);
            if (index == 0)
            {
                peer.Close();
                return;
            }
            await peer.WriteAsync(3, 0, query.Stream, Result, TextRow("back"));
        });
        await using var cluster = server.Cluster(3);
        await using var session = await cluster.ConnectAsync();

        await Assert.ThrowsAsync<ConnectionClosedException>(() => session.ExecuteAsync("SELECT q FROM t"));
        var result = await session.ExecuteAsync("SELECT q FROM t");

        Assert.Equal("back", (await result.ToListAsync()).Single().GetValue<string>(0));
        Assert.Equal(2, server.Accepted);
        await server.CompletedAsync();
    }

    [Fact]
    public async Task A_request_without_answer_times_out_and_its_late_answer_is_ignored()
    {
        var lateAnswerSent = new TaskCompletionSource();
        await using var server = new ScriptedServer(async (peer, _) =>
        {
            await peer.AcceptStartupAsync();
            var unanswered = await peer.ReadAsync();
            var next = await peer.ReadAsync();
            Assert.NotEqual(unanswered.Stream, next.Stream); // the timed-out stream id is still reserved
            await peer.WriteAsync(3, 0, unanswered.Stream, Result, TextRow("too late"));
            await peer.WriteAsync(3, 0, next.Stream, Result, TextRow("on time"));
            lateAnswerSent.SetResult();
            var last = await peer.ReadAsync();
            await peer.WriteAsync(3, 0, last.Stream, Result, TextRow("still fine"));
        });
        await using var cluster = Cluster.Builder().AddContactPoint("127.0.0.1").WithPort(server.Port).WithMaxProtocolVersion(3)
            .WithConnectionsPerHost(1).WithRequestTimeout(TimeSpan.FromMilliseconds(300)).Build();
        await using var session = await cluster.ConnectAsync();

        await Assert.ThrowsAsync<OperationTimedOutException>(() => session.ExecuteAsync("SELECT q FROM t WHERE k = 'slow'"));
        var onTime = await session.ExecuteAsync("SELECT q FROM t WHERE k = 'next'");
        await lateAnswerSent.Task;
        var after = await session.ExecuteAsync("SELECT q FROM t WHERE k = 'last'");

        Assert.Equal("on time", onTime.CurrentPage.Single().GetValue<string>(0));
        Assert.Equal("still fine", after.CurrentPage.Single().GetValue<string>(0));
        Assert.Equal(1, server.Accepted);
        await server.CompletedAsync();
    }

    [Fact]
    public async Task A_cancelled_request_throws_operation_canceled()
    {
        await using var server = new ScriptedServer(async (peer, _) =>
        {
            await peer.AcceptStartupAsync();
            await peer.ReadAsync(); // never answered
        });
        await using var cluster = server.Cluster(3);
        await using var session = await cluster.ConnectAsync();
        using var cancellation = new CancellationTokenSource();

        var pending = session.ExecuteAsync("SELECT q FROM t", cancellation.Token);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        await server.CompletedAsync();
    }
}
