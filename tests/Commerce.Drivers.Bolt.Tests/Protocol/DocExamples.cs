namespace Commerce.Drivers.Bolt.Tests.Protocol;

/// <summary>
/// Messages from the Bolt message specification and its "message exchange examples" appendix,
/// printed there in Bolt notation and encoded here by hand (PackStream markers, UTF-8 bytes),
/// independently of the driver's encoder. Each is the message body before chunking.
/// </summary>
internal static class DocExamples
{
    /// <summary>HELLO {"user_agent": "Example/4.0.0", "scheme": "basic", "principal": "test", "credentials": "test"} (appendix, v4)</summary>
    public const string HelloV4 = "B1 01 A4 8A 75 73 65 72 5F 61 67 65 6E 74 8D 45 78 61 6D 70 6C 65 2F 34 2E 30 2E 30 86 73 63 68 65 6D 65 85 62 61 73 69 63 89 70 72 69 6E 63 69 70 61 6C 84 74 65 73 74 8B 63 72 65 64 65 6E 74 69 61 6C 73 84 74 65 73 74";

    /// <summary>HELLO {"user_agent": "Example/4.1.0", "bolt_agent": {"product": "neo4j-fortran-alice-doe/42.69.0", "platform": "Linux 5.15.0-58-generic; x86_64", "language": "Fortran/77", "language_details": "gfortran 9.3.0"}} (HELLO example 1 without routing)</summary>
    public const string HelloV53 = "B1 01 A2 8A 75 73 65 72 5F 61 67 65 6E 74 8D 45 78 61 6D 70 6C 65 2F 34 2E 31 2E 30 8A 62 6F 6C 74 5F 61 67 65 6E 74 A4 87 70 72 6F 64 75 63 74 D0 1F 6E 65 6F 34 6A 2D 66 6F 72 74 72 61 6E 2D 61 6C 69 63 65 2D 64 6F 65 2F 34 32 2E 36 39 2E 30 88 70 6C 61 74 66 6F 72 6D D0 1F 4C 69 6E 75 78 20 35 2E 31 35 2E 30 2D 35 38 2D 67 65 6E 65 72 69 63 3B 20 78 38 36 5F 36 34 88 6C 61 6E 67 75 61 67 65 8A 46 6F 72 74 72 61 6E 2F 37 37 D0 10 6C 61 6E 67 75 61 67 65 5F 64 65 74 61 69 6C 73 8E 67 66 6F 72 74 72 61 6E 20 39 2E 33 2E 30";

    /// <summary>HELLO {"user_agent": "Example/4.1.0"} (5.1+: no credentials in HELLO)</summary>
    public const string HelloV51 = "B1 01 A1 8A 75 73 65 72 5F 61 67 65 6E 74 8D 45 78 61 6D 70 6C 65 2F 34 2E 31 2E 30";

    /// <summary>LOGON {"scheme": "basic", "principal": "user", "credentials": "password"}</summary>
    public const string Logon = "B1 6A A3 86 73 63 68 65 6D 65 85 62 61 73 69 63 89 70 72 69 6E 63 69 70 61 6C 84 75 73 65 72 8B 63 72 65 64 65 6E 74 69 61 6C 73 88 70 61 73 73 77 6F 72 64";

    /// <summary>RUN "RETURN $x AS x" {"x": 1} {"bookmarks": [], "tx_timeout": 123, "tx_metadata": {"log": "example_message"}, "mode": "r"}</summary>
    public const string RunExample1 = "B3 10 8E 52 45 54 55 52 4E 20 24 78 20 41 53 20 78 A1 81 78 01 A4 89 62 6F 6F 6B 6D 61 72 6B 73 90 8A 74 78 5F 74 69 6D 65 6F 75 74 7B 8B 74 78 5F 6D 65 74 61 64 61 74 61 A1 83 6C 6F 67 8F 65 78 61 6D 70 6C 65 5F 6D 65 73 73 61 67 65 84 6D 6F 64 65 81 72";

    /// <summary>RUN "RETURN $x AS x" {"x": 1} {}</summary>
    public const string RunExample2 = "B3 10 8E 52 45 54 55 52 4E 20 24 78 20 41 53 20 78 A1 81 78 01 A0";

    /// <summary>BEGIN {"db": "example_database", "tx_metadata": {"log": "example_log_data"}, "bookmarks": ["example-bookmark:1", "example-bookmark2"]}</summary>
    public const string BeginExample2 = "B1 11 A3 82 64 62 D0 10 65 78 61 6D 70 6C 65 5F 64 61 74 61 62 61 73 65 8B 74 78 5F 6D 65 74 61 64 61 74 61 A1 83 6C 6F 67 D0 10 65 78 61 6D 70 6C 65 5F 6C 6F 67 5F 64 61 74 61 89 62 6F 6F 6B 6D 61 72 6B 73 92 D0 12 65 78 61 6D 70 6C 65 2D 62 6F 6F 6B 6D 61 72 6B 3A 31 D0 11 65 78 61 6D 70 6C 65 2D 62 6F 6F 6B 6D 61 72 6B 32";

    /// <summary>BEGIN {"mode": "r", "db": "example_database", "tx_metadata": {"foo": "bar"}, "tx_timeout": 300}</summary>
    public const string BeginAppendix = "B1 11 A4 84 6D 6F 64 65 81 72 82 64 62 D0 10 65 78 61 6D 70 6C 65 5F 64 61 74 61 62 61 73 65 8B 74 78 5F 6D 65 74 61 64 61 74 61 A1 83 66 6F 6F 83 62 61 72 8A 74 78 5F 74 69 6D 65 6F 75 74 C9 01 2C";

    /// <summary>RUN "UNWIND [1,2,3,4] AS x RETURN x" {} {}</summary>
    public const string RunAppendix = "B3 10 D0 1E 55 4E 57 49 4E 44 20 5B 31 2C 32 2C 33 2C 34 5D 20 41 53 20 78 20 52 45 54 55 52 4E 20 78 A0 A0";

    /// <summary>PULL {"n": 2}</summary>
    public const string Pull2 = "B1 3F A1 81 6E 02";

    /// <summary>PULL {"n": 1000}</summary>
    public const string Pull1000 = "B1 3F A1 81 6E C9 03 E8";

    /// <summary>PULL {"n": -1}</summary>
    public const string PullAllV4 = "B1 3F A1 81 6E FF";

    /// <summary>DISCARD {"n": -1, "qid": 0}</summary>
    public const string DiscardQid0 = "B1 2F A2 81 6E FF 83 71 69 64 00";

    /// <summary>COMMIT</summary>
    public const string Commit = "B0 12";

    /// <summary>ROLLBACK</summary>
    public const string Rollback = "B0 13";

    /// <summary>GOODBYE</summary>
    public const string Goodbye = "B0 02";

    /// <summary>RESET</summary>
    public const string Reset = "B0 0F";

    /// <summary>ACK_FAILURE</summary>
    public const string AckFailure = "B0 0E";

    /// <summary>PULL_ALL</summary>
    public const string PullAll = "B0 3F";

    /// <summary>DISCARD_ALL</summary>
    public const string DiscardAll = "B0 2F";

    /// <summary>INIT "Example/1.0.0" {"scheme": "basic", "principal": "neo4j", "credentials": "password"}</summary>
    public const string Init = "B2 01 8D 45 78 61 6D 70 6C 65 2F 31 2E 30 2E 30 A3 86 73 63 68 65 6D 65 85 62 61 73 69 63 89 70 72 69 6E 63 69 70 61 6C 85 6E 65 6F 34 6A 8B 63 72 65 64 65 6E 74 69 61 6C 73 88 70 61 73 73 77 6F 72 64";

    /// <summary>SUCCESS {"server": "Neo4j/4.0.0", "connection_id": "example-connection-id:1"}</summary>
    public const string SuccessHello = "B1 70 A2 86 73 65 72 76 65 72 8B 4E 65 6F 34 6A 2F 34 2E 30 2E 30 8D 63 6F 6E 6E 65 63 74 69 6F 6E 5F 69 64 D0 17 65 78 61 6D 70 6C 65 2D 63 6F 6E 6E 65 63 74 69 6F 6E 2D 69 64 3A 31";

    /// <summary>SUCCESS {}</summary>
    public const string SuccessEmpty = "B1 70 A0";

    /// <summary>SUCCESS {"fields": ["x"], "qid": 0}</summary>
    public const string SuccessFieldsQid0 = "B1 70 A2 86 66 69 65 6C 64 73 91 81 78 83 71 69 64 00";

    /// <summary>RECORD [1]</summary>
    public const string Record1 = "B1 71 91 01";

    /// <summary>RECORD [2]</summary>
    public const string Record2 = "B1 71 91 02";

    /// <summary>SUCCESS {"has_more": true}</summary>
    public const string SuccessHasMore = "B1 70 A1 88 68 61 73 5F 6D 6F 72 65 C3";

    /// <summary>SUCCESS {"type": "r", "db": "test"}</summary>
    public const string SuccessDiscard = "B1 70 A2 84 74 79 70 65 81 72 82 64 62 84 74 65 73 74";

    /// <summary>SUCCESS {"bookmark": "neo4j:bookmark-test-1"}</summary>
    public const string SuccessBookmark = "B1 70 A1 88 62 6F 6F 6B 6D 61 72 6B D0 15 6E 65 6F 34 6A 3A 62 6F 6F 6B 6D 61 72 6B 2D 74 65 73 74 2D 31";

    /// <summary>FAILURE {"code": "Example.Failure.Code", "message": "example failure"}</summary>
    public const string FailureV1 = "B1 7F A2 84 63 6F 64 65 D0 14 45 78 61 6D 70 6C 65 2E 46 61 69 6C 75 72 65 2E 43 6F 64 65 87 6D 65 73 73 61 67 65 8F 65 78 61 6D 70 6C 65 20 66 61 69 6C 75 72 65";

    /// <summary>FAILURE {"gql_status": "01N00", "message": "old message you have failed something", "description": "default condition - default subcondition. Message", "neo4j_code": "Example.Failure.Code", "diagnostic_record": {"_classification": "CLIENT_ERROR"}}</summary>
    public const string FailureV57 = "B1 7F A5 8A 67 71 6C 5F 73 74 61 74 75 73 85 30 31 4E 30 30 87 6D 65 73 73 61 67 65 D0 25 6F 6C 64 20 6D 65 73 73 61 67 65 20 79 6F 75 20 68 61 76 65 20 66 61 69 6C 65 64 20 73 6F 6D 65 74 68 69 6E 67 8B 64 65 73 63 72 69 70 74 69 6F 6E D0 31 64 65 66 61 75 6C 74 20 63 6F 6E 64 69 74 69 6F 6E 20 2D 20 64 65 66 61 75 6C 74 20 73 75 62 63 6F 6E 64 69 74 69 6F 6E 2E 20 4D 65 73 73 61 67 65 8A 6E 65 6F 34 6A 5F 63 6F 64 65 D0 14 45 78 61 6D 70 6C 65 2E 46 61 69 6C 75 72 65 2E 43 6F 64 65 D0 11 64 69 61 67 6E 6F 73 74 69 63 5F 72 65 63 6F 72 64 A1 8F 5F 63 6C 61 73 73 69 66 69 63 61 74 69 6F 6E 8C 43 4C 49 45 4E 54 5F 45 52 52 4F 52";

    /// <summary>IGNORED</summary>
    public const string Ignored = "B0 7E";
}
