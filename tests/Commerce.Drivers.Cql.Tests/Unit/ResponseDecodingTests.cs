using Commerce.Drivers.Cql.Protocol;
using Commerce.Drivers.Cql.Protocol.Responses;

namespace Commerce.Drivers.Cql.Tests.Unit;

/// <summary>Response bodies of section 4.2 written out by hand, including the v4-only parts.</summary>
public class ResponseDecodingTests
{
    private static Response Decode(byte version, FrameFlags flags, Opcode opcode, string bodyHex)
    {
        var body = Hex.Bytes(bodyHex);
        return ResponseDecoder.Decode(new Frame(new FrameHeader(version, true, flags, 0, opcode, body.Length), body));
    }

    // Prepared metadata: global table spec, 2 bind markers, then (v4 only) pk_count = 1, pk index 1.
    private static readonly string PreparedV4 = Hex.Concat("00000004", "0002 ABCD",
        "00000001", "00000002", "00000001", "0001", Hex.Str("ks"), Hex.Str("t"), Hex.Str("a"), "0009", Hex.Str("b"), "000D",
        "00000004", "00000000");

    private static readonly string PreparedV3 = Hex.Concat("00000004", "0002 ABCD",
        "00000001", "00000002", Hex.Str("ks"), Hex.Str("t"), Hex.Str("a"), "0009", Hex.Str("b"), "000D",
        "00000004", "00000000");

    [Fact]
    public void V4_prepared_result_carries_partition_key_indexes()
    {
        var prepared = Assert.IsType<PreparedResult>(Decode(4, FrameFlags.None, Opcode.Result, PreparedV4));
        Assert.Equal(new byte[] { 0xAB, 0xCD }, prepared.Id);
        Assert.Equal([1], prepared.PartitionKeyIndexes);
        Assert.Equal(["a", "b"], prepared.Variables.Select(c => c.Name));
        Assert.Equal(ColumnTypeCode.Varchar, prepared.Variables["b"].Type.Code);
        Assert.Equal("ks", prepared.Variables[0].Keyspace);
        Assert.Empty(prepared.ResultColumns);
    }

    [Fact]
    public void V3_prepared_result_has_no_partition_key_indexes()
    {
        var prepared = Assert.IsType<PreparedResult>(Decode(3, FrameFlags.None, Opcode.Result, PreparedV3));
        Assert.Empty(prepared.PartitionKeyIndexes);
        Assert.Equal(ColumnTypeCode.Int, prepared.Variables["a"].Type.Code);
    }

    [Fact]
    public void Rows_with_per_column_specs_nested_types_and_a_paging_state()
    {
        // flags: has more pages (0x02) without the global spec; one column list<map<text,int>>.
        var body = Hex.Concat("00000002", "00000002", "00000001", "00000002 BEEF",
            Hex.Str("ks"), Hex.Str("t"), Hex.Str("c"), "0020 0021 000D 0009",
            "00000002",
            "00000004 00000000",
            "FFFFFFFF");
        var rows = Assert.IsType<RowsResult>(Decode(3, FrameFlags.None, Opcode.Result, body));
        Assert.Equal(new byte[] { 0xBE, 0xEF }, rows.PagingState);
        Assert.Equal("list<map<text, int>>", rows.Columns![0].Type.ToString());
        Assert.Equal(2, rows.Rows.Count);
        Assert.Equal(4, rows.Rows[0][0]!.Value.Length);
        Assert.Null(rows.Rows[1][0]);
    }

    [Fact]
    public void Rows_without_metadata_keep_only_the_column_count()
    {
        var rows = Assert.IsType<RowsResult>(Decode(3, FrameFlags.None, Opcode.Result, Hex.Concat("00000002", "00000004", "00000001", "00000000")));
        Assert.Null(rows.Columns);
        Assert.Equal(1, rows.ColumnCount);
        Assert.Empty(rows.Rows);
    }

    [Fact]
    public void Udt_and_tuple_type_options_are_read_recursively()
    {
        var body = Hex.Concat("00000002", "00000001", "00000002", Hex.Str("ks"), Hex.Str("t"),
            Hex.Str("u"), "0030", Hex.Str("ks"), Hex.Str("address"), "0002", Hex.Str("street"), "000D", Hex.Str("zip"), "0009",
            Hex.Str("p"), "0031", "0002", "0009", "0003",
            "00000000");
        var rows = Assert.IsType<RowsResult>(Decode(3, FrameFlags.None, Opcode.Result, body));
        var udt = rows.Columns![0].Type;
        Assert.Equal(ColumnTypeCode.Udt, udt.Code);
        Assert.Equal(["street", "zip"], udt.FieldNames);
        Assert.Equal("ks.address", udt.ToString());
        Assert.Equal("tuple<int, blob>", rows.Columns[1].Type.ToString());
    }

    [Fact]
    public void V4_tracing_and_warning_flags_prefix_the_body_in_that_order()
    {
        var tracing = "00112233445566778899AABBCCDDEEFF";
        var response = Decode(4, FrameFlags.Tracing | FrameFlags.Warning, Opcode.Result,
            Hex.Concat(tracing, "0001", Hex.Str("Batch too large"), "00000001"));
        Assert.IsType<VoidResult>(response);
        Assert.Equal(Guid.Parse("00112233-4455-6677-8899-aabbccddeeff"), response.TracingId);
        Assert.Equal(["Batch too large"], response.Warnings);
    }

    [Fact]
    public void V4_custom_payload_flag_prefixes_a_bytes_map()
    {
        var response = Decode(4, FrameFlags.CustomPayload, Opcode.Result, Hex.Concat("0001", Hex.Str("k"), "00000002 0102", "00000001"));
        Assert.Equal(new byte[] { 1, 2 }, response.CustomPayload!["k"]);
    }

    [Fact]
    public void V4_schema_change_of_a_function_names_its_argument_types()
    {
        var change = Assert.IsType<SchemaChangeResult>(Decode(4, FrameFlags.None, Opcode.Result, Hex.Concat("00000005",
            Hex.Str("CREATED"), Hex.Str("FUNCTION"), Hex.Str("ks"), Hex.Str("fn"), "0002", Hex.Str("int"), Hex.Str("text"))));
        Assert.Equal(("CREATED", "FUNCTION", "ks", "fn"), (change.ChangeType, change.Target, change.Keyspace, change.Name));
        Assert.Equal(["int", "text"], change.ArgumentTypes);
    }

    [Fact]
    public void Schema_change_of_a_keyspace_and_of_a_table()
    {
        var keyspace = Assert.IsType<SchemaChangeResult>(Decode(3, FrameFlags.None, Opcode.Result,
            Hex.Concat("00000005", Hex.Str("DROPPED"), Hex.Str("KEYSPACE"), Hex.Str("ks"))));
        Assert.Null(keyspace.Name);
        var table = Assert.IsType<SchemaChangeResult>(Decode(3, FrameFlags.None, Opcode.Result,
            Hex.Concat("00000005", Hex.Str("CREATED"), Hex.Str("TABLE"), Hex.Str("ks"), Hex.Str("t"))));
        Assert.Equal("t", table.Name);
    }

    [Fact]
    public void Startup_answers_and_supported_options()
    {
        Assert.IsType<ReadyResponse>(Decode(3, FrameFlags.None, Opcode.Ready, ""));
        var auth = Assert.IsType<AuthenticateResponse>(Decode(3, FrameFlags.None, Opcode.Authenticate, Hex.Str("org.apache.cassandra.auth.PasswordAuthenticator")));
        Assert.Equal("org.apache.cassandra.auth.PasswordAuthenticator", auth.Authenticator);
        Assert.Null(Assert.IsType<AuthSuccessResponse>(Decode(3, FrameFlags.None, Opcode.AuthSuccess, "FFFFFFFF")).Token);
        var supported = Assert.IsType<SupportedResponse>(Decode(3, FrameFlags.None, Opcode.Supported,
            Hex.Concat("0001", Hex.Str("COMPRESSION"), "0002", Hex.Str("snappy"), Hex.Str("lz4"))));
        Assert.Equal(["snappy", "lz4"], supported.Options["COMPRESSION"]);
        Assert.Equal("3", Assert.IsType<SetKeyspaceResult>(Decode(3, FrameFlags.None, Opcode.Result, Hex.Concat("00000003", Hex.Str("3")))).Keyspace);
    }

    [Fact]
    public void Truncated_bodies_are_protocol_violations()
    {
        Assert.Throws<ProtocolViolationException>(() => Decode(3, FrameFlags.None, Opcode.Result, "000000"));
        Assert.Throws<ProtocolViolationException>(() => Decode(3, FrameFlags.Compression, Opcode.Result, "00000001"));
    }
}
