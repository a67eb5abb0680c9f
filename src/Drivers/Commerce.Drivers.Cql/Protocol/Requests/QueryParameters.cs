using Commerce.Drivers.Cql.Types;

namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>
/// &lt;query_parameters&gt; of QUERY and EXECUTE (4.1.4):
/// &lt;consistency&gt;&lt;flags&gt;[&lt;n&gt;[name_1]&lt;value_1&gt;...][&lt;result_page_size&gt;][&lt;paging_state&gt;][&lt;serial_consistency&gt;][&lt;timestamp&gt;].
/// </summary>
internal sealed record QueryParameters
{
    public ConsistencyLevel Consistency { get; init; } = ConsistencyLevel.One;

    /// <summary>Values with the CQL type each is serialized as.</summary>
    public IReadOnlyList<(ColumnType Type, object? Value)> Values { get; init; } = [];

    /// <summary>Bind marker names for the values (flag 0x40), or null to bind by position.</summary>
    public IReadOnlyList<string>? Names { get; init; }

    public bool SkipMetadata { get; init; }

    public int? PageSize { get; init; }

    public byte[]? PagingState { get; init; }

    public ConsistencyLevel? SerialConsistency { get; init; }

    /// <summary>Default timestamp in microseconds since the epoch.</summary>
    public long? Timestamp { get; init; }

    public QueryFlags Flags
    {
        get
        {
            var flags = QueryFlags.None;
            if (Values.Count > 0) flags |= QueryFlags.Values;
            if (Values.Count > 0 && Names is not null) flags |= QueryFlags.WithNamesForValues;
            if (SkipMetadata) flags |= QueryFlags.SkipMetadata;
            if (PageSize is not null) flags |= QueryFlags.PageSize;
            if (PagingState is not null) flags |= QueryFlags.WithPagingState;
            if (SerialConsistency is not null) flags |= QueryFlags.WithSerialConsistency;
            if (Timestamp is not null) flags |= QueryFlags.WithDefaultTimestamp;
            return flags;
        }
    }

    public void Write(FrameWriter writer, byte protocolVersion)
    {
        var flags = Flags;
        writer.WriteConsistency(Consistency);
        writer.WriteByte((byte)flags);
        if (flags.HasFlag(QueryFlags.Values))
        {
            writer.WriteShort(checked((ushort)Values.Count));
            for (var i = 0; i < Values.Count; i++)
            {
                if (Names is not null) writer.WriteString(Names[i]);
                ValueEncoder.WriteValue(writer, Values[i].Type, Values[i].Value, protocolVersion);
            }
        }
        if (PageSize is { } pageSize) writer.WriteInt(pageSize);
        if (PagingState is not null) writer.WriteBytes(PagingState);
        if (SerialConsistency is { } serial) writer.WriteConsistency(serial);
        if (Timestamp is { } timestamp)
        {
            if (timestamp < 0) throw new ArgumentOutOfRangeException(nameof(Timestamp), "The protocol forbids negative default timestamps.");
            writer.WriteLong(timestamp);
        }
    }
}
