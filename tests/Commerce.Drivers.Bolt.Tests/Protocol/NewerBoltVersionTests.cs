using static Commerce.Drivers.Bolt.Tests.Protocol.ScriptedBoltServer;

namespace Commerce.Drivers.Bolt.Tests.Protocol;

/// <summary>
/// Whole Bolt 4.4 and 5.x conversations driven through the public API against scripted peers:
/// the bytes the driver must send and the replies it gets come from the protocol documentation.
/// </summary>
public class NewerBoltVersionTests
{
    private const string OurHandshake = "60 60 B0 17 00 04 04 05 00 04 04 04 00 00 00 03 00 00 00 01";

    [Fact]
    public async Task Bolt_4_4_transaction_with_metadata_and_partial_pulling_from_the_appendix()
    {
        await using var server = new ScriptedBoltServer(OurHandshake, "00 00 04 04",
        [
            Client(DocExamples.HelloV4, "HELLO"),
            Server(DocExamples.SuccessHello, "SUCCESS"),
            Client(DocExamples.BeginAppendix, "BEGIN"),
            Client(DocExamples.RunAppendix, "RUN pipelined after BEGIN"),
            Client(DocExamples.Pull2, "PULL {n: 2} pipelined after RUN"),
            Server(DocExamples.SuccessEmpty, "BEGIN SUCCESS"),
            Server(DocExamples.SuccessFieldsQid0, "RUN SUCCESS"),
            Server(DocExamples.Record1, "RECORD [1]"),
            Server(DocExamples.Record2, "RECORD [2]"),
            Server(DocExamples.SuccessHasMore, "has_more"),
            Client(DocExamples.DiscardQid0, "DISCARD {n: -1, qid: 0}"),
            Server(DocExamples.SuccessDiscard, "DISCARD SUCCESS"),
            Client(DocExamples.Commit, "COMMIT"),
            Server(DocExamples.SuccessBookmark, "COMMIT SUCCESS"),
            Client(DocExamples.Goodbye, "GOODBYE"),
        ]);

        await using (var driver = GraphDatabase.Driver(server.Uri, AuthTokens.Basic("test", "test"), c => c.WithUserAgent("Example/4.0.0")))
        {
            var info = await driver.GetServerInfoAsync();
            Assert.Equal(("4.4", "Neo4j/4.0.0"), (info.ProtocolVersion, info.Agent));

            await using var session = driver.AsyncSession(o => o.WithDatabase("example_database").WithFetchSize(2));
            var tx = await session.BeginTransactionAsync(AccessMode.Read,
                c => c.WithMetadata(new Dictionary<string, object?> { ["foo"] = "bar" }).WithTimeout(TimeSpan.FromMilliseconds(300)));
            var cursor = await tx.RunAsync("UNWIND [1,2,3,4] AS x RETURN x");
            Assert.True(await cursor.FetchAsync());
            Assert.Equal(1L, cursor.Current["x"]);
            Assert.True(await cursor.FetchAsync());
            Assert.Equal(2L, cursor.Current["x"]);
            var summary = await cursor.ConsumeAsync();
            Assert.Equal((QueryType.ReadOnly, "test"), (summary.QueryType, summary.Database));
            await tx.CommitAsync();
            Assert.Equal(["neo4j:bookmark-test-1"], session.LastBookmarks.Values);
        }
        await server.Completion;
    }

    // Node(id=3, labels=["Example", "Node"], properties={"name": "example"}, element_id="abc123"), and
    // two label-less nodes with element ids "def456" and "ghi789".
    private const string NodeAbc = "B4 4E 03 92 87 45 78 61 6D 70 6C 65 84 4E 6F 64 65 A1 84 6E 61 6D 65 87 65 78 61 6D 70 6C 65 86 61 62 63 31 32 33";
    private const string NodeDef = "B4 4E 04 90 A0 86 64 65 66 34 35 36";
    private const string NodeGhi = "B4 4E 05 90 A0 86 67 68 69 37 38 39";

    [Fact]
    public async Task Bolt_5_2_logon_element_ids_has_more_and_reset_after_failure()
    {
        await using var server = new ScriptedBoltServer(OurHandshake, "00 00 02 05",
        [
            Client(DocExamples.HelloV51, "HELLO without credentials"),
            Client(DocExamples.Logon, "LOGON pipelined after HELLO"),
            Server("B1 70 A1 86 73 65 72 76 65 72 8B 4E 65 6F 34 6A 2F 35 2E 32 2E 30", "SUCCESS {server: Neo4j/5.2.0}"),
            Server(DocExamples.SuccessEmpty, "LOGON SUCCESS"),
            // RUN "MATCH (n) RETURN n" {} {} and PULL {n: 2}
            Client("B3 10 D0 12 4D 41 54 43 48 20 28 6E 29 20 52 45 54 55 52 4E 20 6E A0 A0", "RUN"),
            Client(DocExamples.Pull2, "PULL {n: 2}"),
            Server("B1 70 A1 86 66 69 65 6C 64 73 91 81 6E", "SUCCESS {fields: [n]}"),
            Server("B1 71 91 " + NodeAbc, "RECORD [node abc123]"),
            Server("B1 71 91 " + NodeDef, "RECORD [node def456]"),
            Server(DocExamples.SuccessHasMore, "has_more"),
            Client(DocExamples.Pull2, "second PULL {n: 2}"),
            Server("B1 71 91 " + NodeGhi, "RECORD [node ghi789]"),
            // SUCCESS {"bookmark": "bm-1"}
            Server("B1 70 A1 88 62 6F 6F 6B 6D 61 72 6B 84 62 6D 2D 31", "last batch"),
            // RUN "RETURN 1 +" {} {"bookmarks": ["bm-1"]}
            Client("B3 10 8A 52 45 54 55 52 4E 20 31 20 2B A0 A1 89 62 6F 6F 6B 6D 61 72 6B 73 91 84 62 6D 2D 31", "RUN with the session's bookmark"),
            Client(DocExamples.Pull2, "PULL"),
            Server(DocExamples.FailureV1, "FAILURE"),
            Server(DocExamples.Ignored, "PULL IGNORED"),
            Client(DocExamples.Reset, "RESET acknowledges the failure from v3 on"),
            Server(DocExamples.SuccessEmpty, "RESET SUCCESS"),
            Client(DocExamples.Goodbye, "GOODBYE"),
        ]);

        await using (var driver = GraphDatabase.Driver(server.Uri, AuthTokens.Basic("user", "password"), c => c.WithUserAgent("Example/4.1.0")))
        {
            await using var session = driver.AsyncSession(o => o.WithFetchSize(2));
            var nodes = await (await session.RunAsync("MATCH (n) RETURN n")).ToListAsync(r => r.Get<INode>("n"));
            Assert.Equal(["abc123", "def456", "ghi789"], nodes.Select(n => n.ElementId));
            Assert.Equal([3L, 4L, 5L], nodes.Select(n => n.Id));
            Assert.Equal("example", nodes[0]["name"]);
            Assert.Equal(["bm-1"], session.LastBookmarks.Values);

            var error = await Assert.ThrowsAsync<Neo4jException>(() => session.RunAsync("RETURN 1 +"));
            Assert.Equal("Example.Failure.Code", error.Code);
        }
        await server.Completion;
    }

    [Fact]
    public async Task Bolt_3_explicit_transaction_uses_begin_and_commit_messages_and_pull_all()
    {
        await using var server = new ScriptedBoltServer(OurHandshake, "00 00 00 03",
        [
            Client(DocExamples.HelloV4, "HELLO with credentials (v3 shape)"),
            Server(DocExamples.SuccessHello, "SUCCESS"),
            Client("B1 11 A0", "BEGIN {}"),
            Client(DocExamples.RunExample2, "RUN with an empty extra"),
            Client(DocExamples.PullAll, "PULL_ALL"),
            Server(DocExamples.SuccessEmpty, "BEGIN SUCCESS"),
            Server(DocExamples.SuccessFieldsQid0, "RUN SUCCESS"),
            Server(DocExamples.Record1, "RECORD [1]"),
            Server(DocExamples.SuccessEmpty, "PULL_ALL SUCCESS"),
            Client(DocExamples.Commit, "COMMIT"),
            Server(DocExamples.SuccessBookmark, "COMMIT SUCCESS"),
            Client(DocExamples.Goodbye, "GOODBYE"),
        ]);

        await using (var driver = GraphDatabase.Driver(server.Uri, AuthTokens.Basic("test", "test"), c => c.WithUserAgent("Example/4.0.0")))
        {
            await using var session = driver.AsyncSession();
            var x = await session.ExecuteWriteAsync(async tx => (await (await tx.RunAsync("RETURN $x AS x", new { x = 1 })).SingleAsync()).Get<int>("x"));
            Assert.Equal(1, x);
            Assert.Equal(["neo4j:bookmark-test-1"], session.LastBookmarks.Values);
        }
        await server.Completion;
    }

    [Fact]
    public async Task A_server_offering_no_common_version_is_reported()
    {
        await using var server = new ScriptedBoltServer(OurHandshake, "00 00 00 00", []);
        await using var driver = GraphDatabase.Driver(server.Uri, AuthTokens.None);
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("none of the Bolt versions", error.Message);
        await server.Completion;
    }
}
