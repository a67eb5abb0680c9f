using Commerce.Drivers.Cql.Protocol;
using Commerce.Drivers.Cql.Protocol.Requests;

namespace Commerce.Drivers.Cql.Tests.Unit;

/// <summary>Request bodies of section 4.1, byte for byte.</summary>
public class RequestEncodingTests
{
    private static string Body(IRequest request, byte version)
    {
        var writer = new FrameWriter();
        request.WriteBody(writer, version);
        return Hex.Of(writer.WrittenSpan);
    }

    [Fact]
    public void Query_with_every_optional_part_sets_each_flag_and_appends_in_spec_order()
    {
        var request = new QueryRequest("SELECT 1", new QueryParameters
        {
            Consistency = ConsistencyLevel.One,
            Values = [(ColumnType.Int, 42)],
            PageSize = 100,
            PagingState = [0xAA],
            SerialConsistency = ConsistencyLevel.LocalSerial,
            Timestamp = 1,
        });
        // flags: values 0x01 | page size 0x04 | paging state 0x08 | serial 0x10 | timestamp 0x20 = 0x3D
        var expected = Hex.Concat(Hex.LongStr("SELECT 1"), "0001", "3D", "0001", "00000004 0000002A", "00000064", "00000001 AA", "0009", "0000000000000001");
        Assert.Equal(expected, Body(request, 4));
        Assert.Equal(expected, Body(request, 3)); // the flags byte is the same in v3
    }

    [Fact]
    public void Query_without_options_is_consistency_and_a_zero_flags_byte()
    {
        Assert.Equal(Hex.Concat(Hex.LongStr("USE ks"), "0004", "00"),
            Body(new QueryRequest("USE ks", new QueryParameters { Consistency = ConsistencyLevel.Quorum }), 3));
    }

    [Fact]
    public void Named_values_set_flag_0x40_and_precede_each_value_with_its_name()
    {
        var request = new QueryRequest("SELECT * FROM t WHERE k = :k", new QueryParameters
        {
            Values = [(ColumnType.Varchar, "a")],
            Names = ["k"],
        });
        Assert.Equal(Hex.Concat(Hex.LongStr("SELECT * FROM t WHERE k = :k"), "0001", "41", "0001", Hex.Str("k"), "00000001 61"), Body(request, 4));
    }

    [Fact]
    public void Execute_sends_the_id_as_short_bytes_and_can_skip_metadata()
    {
        var request = new ExecuteRequest([0xCA, 0xFE], new QueryParameters
        {
            Consistency = ConsistencyLevel.LocalOne,
            Values = [(ColumnType.Bigint, 5L), (ColumnType.Varchar, null)],
            SkipMetadata = true,
        });
        // flags: values 0x01 | skip metadata 0x02; a null value is [int] -1.
        Assert.Equal(Hex.Concat("0002 CAFE", "000A", "03", "0002", "00000008 0000000000000005", "FFFFFFFF"), Body(request, 3));
    }

    [Fact]
    public void Unset_is_value_length_minus_two_on_v4_and_refused_on_v3()
    {
        var request = new ExecuteRequest([0x01], new QueryParameters { Values = [(ColumnType.Int, Unset.Value)] });
        Assert.Equal(Hex.Concat("0001 01", "0001", "01", "0001", "FFFFFFFE"), Body(request, 4));
        Assert.Throws<ArgumentException>(() => Body(request, 3));
    }

    [Fact]
    public void Batch_mixes_query_strings_and_prepared_ids_then_consistency_and_flags()
    {
        var request = new BatchRequest
        {
            Type = BatchType.Unlogged,
            Entries =
            [
                new BatchEntry("INSERT INTO t (k) VALUES (?)", null, [(ColumnType.Int, 1)]),
                new BatchEntry("ignored", [0xAB, 0xCD], []),
            ],
            Consistency = ConsistencyLevel.Quorum,
        };
        Assert.Equal(Hex.Concat("01", "0002",
            "00", Hex.LongStr("INSERT INTO t (k) VALUES (?)"), "0001", "00000004 00000001",
            "01", "0002 ABCD", "0000",
            "0004", "00"), Body(request, 3));
    }

    [Fact]
    public void Batch_serial_consistency_and_timestamp_use_flags_0x10_and_0x20()
    {
        var request = new BatchRequest
        {
            Type = BatchType.Counter,
            Entries = [],
            Consistency = ConsistencyLevel.One,
            SerialConsistency = ConsistencyLevel.Serial,
            Timestamp = 0x10,
        };
        Assert.Equal(Hex.Concat("02", "0000", "0001", "30", "0008", "0000000000000010"), Body(request, 4));
    }

    [Fact]
    public void Custom_payload_sets_frame_flag_0x04_on_v4_and_is_refused_on_v3()
    {
        var payload = new Dictionary<string, byte[]?> { ["k"] = [0x01] };
        var frame = RequestFrame.Build(new PrepareRequest("SELECT 1"), 4, 3, payload);
        // body: bytes map 2 + (2 + 1) + (4 + 1) = 10, long string 4 + 8 = 12: 22 = 0x16 bytes.
        Assert.Equal(Hex.Concat("04 04 0003 09 00000016", "0001", Hex.Str("k"), "00000001 01", Hex.LongStr("SELECT 1")), Hex.Of(frame.Span));
        Assert.Throws<NotSupportedException>(() => RequestFrame.Build(new PrepareRequest("SELECT 1"), 3, 3, payload));
    }
}
