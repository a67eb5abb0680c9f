using Commerce.Drivers.Cql.Types;

namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>
/// BATCH (4.1.7): &lt;type&gt;&lt;n&gt;&lt;query_1&gt;...&lt;query_n&gt;&lt;consistency&gt;&lt;flags&gt;[&lt;serial_consistency&gt;][&lt;timestamp&gt;].
/// Named values (flag 0x40) are never sent: the spec says the feature cannot work.
/// </summary>
internal sealed class BatchRequest : IRequest
{
    public required BatchType Type { get; init; }

    public required IReadOnlyList<BatchEntry> Entries { get; init; }

    public ConsistencyLevel Consistency { get; init; } = ConsistencyLevel.One;

    public ConsistencyLevel? SerialConsistency { get; init; }

    public long? Timestamp { get; init; }

    public Opcode Opcode => Opcode.Batch;

    public void WriteBody(FrameWriter writer, byte protocolVersion)
    {
        writer.WriteByte((byte)Type);
        writer.WriteShort(checked((ushort)Entries.Count));
        foreach (var entry in Entries)
        {
            if (entry.PreparedId is { } id)
            {
                writer.WriteByte(1);
                writer.WriteShortBytes(id);
            }
            else
            {
                writer.WriteByte(0);
                writer.WriteLongString(entry.Cql);
            }
            writer.WriteShort(checked((ushort)entry.Values.Count));
            foreach (var (type, value) in entry.Values) ValueEncoder.WriteValue(writer, type, value, protocolVersion);
        }
        writer.WriteConsistency(Consistency);
        var flags = QueryFlags.None;
        if (SerialConsistency is not null) flags |= QueryFlags.WithSerialConsistency;
        if (Timestamp is not null) flags |= QueryFlags.WithDefaultTimestamp;
        writer.WriteByte((byte)flags);
        if (SerialConsistency is { } serial) writer.WriteConsistency(serial);
        if (Timestamp is { } timestamp) writer.WriteLong(timestamp);
    }
}
