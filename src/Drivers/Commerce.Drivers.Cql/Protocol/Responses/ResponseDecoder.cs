namespace Commerce.Drivers.Cql.Protocol.Responses;

/// <summary>Decodes a response frame: first the flag-driven prefix (tracing id, warnings, custom payload), then the body by opcode.</summary>
internal static class ResponseDecoder
{
    public static Response Decode(Frame frame)
    {
        var header = frame.Header;
        if (header.Flags.HasFlag(FrameFlags.Compression))
            throw new ProtocolViolationException("The server sent a compressed frame although no compression was negotiated.");
        var reader = new FrameReader(frame.Body);
        Guid? tracingId = header.Flags.HasFlag(FrameFlags.Tracing) ? reader.ReadUuid() : null;
        // Warning and custom payload flags are v4 additions; a v3 frame never sets those bits.
        var warnings = header.Version >= 4 && header.Flags.HasFlag(FrameFlags.Warning) ? reader.ReadStringList() : [];
        var payload = header.Version >= 4 && header.Flags.HasFlag(FrameFlags.CustomPayload) ? reader.ReadBytesMap() : null;

        Response response = header.Opcode switch
        {
            Opcode.Error => new ErrorResponse(ErrorDecoder.Decode(reader)),
            Opcode.Ready => new ReadyResponse(),
            Opcode.Authenticate => new AuthenticateResponse(reader.ReadString()),
            Opcode.Supported => new SupportedResponse(reader.ReadStringMultimap()),
            Opcode.Result => DecodeResult(reader, header.Version),
            Opcode.Event => new EventResponse(reader.ReadString()),
            Opcode.AuthChallenge => new AuthChallengeResponse(reader.ReadBytes()?.ToArray()),
            Opcode.AuthSuccess => new AuthSuccessResponse(reader.ReadBytes()?.ToArray()),
            _ => throw new ProtocolViolationException($"Unexpected response opcode {header.Opcode}."),
        };
        return response with { TracingId = tracingId, Warnings = warnings, CustomPayload = payload };
    }

    private static ResultResponse DecodeResult(FrameReader reader, byte version)
    {
        var kind = reader.ReadInt();
        return kind switch
        {
            0x0001 => new VoidResult(),
            0x0002 => DecodeRows(reader),
            0x0003 => new SetKeyspaceResult(reader.ReadString()),
            0x0004 => DecodePrepared(reader, version),
            0x0005 => DecodeSchemaChange(reader),
            _ => throw new ProtocolViolationException($"Unknown RESULT kind 0x{kind:X4}."),
        };
    }

    private static RowsResult DecodeRows(FrameReader reader)
    {
        var (columns, count, pagingState) = ReadMetadata(reader, withPartitionKeys: false, out _);
        var rowCount = reader.ReadInt();
        var rows = new ReadOnlyMemory<byte>?[rowCount][];
        for (var r = 0; r < rowCount; r++)
        {
            var row = new ReadOnlyMemory<byte>?[count];
            for (var c = 0; c < count; c++) row[c] = reader.ReadBytes();
            rows[r] = row;
        }
        return new RowsResult(columns, count, rows, pagingState);
    }

    private static PreparedResult DecodePrepared(FrameReader reader, byte version)
    {
        var id = reader.ReadShortBytes();
        var (variables, _, _) = ReadMetadata(reader, withPartitionKeys: version >= 4, out var partitionKeys);
        var (resultColumns, _, _) = ReadMetadata(reader, withPartitionKeys: false, out _);
        return new PreparedResult(id, variables ?? ColumnDefinitions.Empty, partitionKeys, resultColumns ?? ColumnDefinitions.Empty);
    }

    /// <summary>
    /// &lt;flags&gt;&lt;columns_count&gt;[&lt;paging_state&gt;][&lt;pk_count&gt;&lt;pk_index_i&gt;...][&lt;global_table_spec&gt;?&lt;col_spec_i&gt;...];
    /// the partition key indexes exist only in the v4 metadata of a PREPARED result.
    /// </summary>
    internal static (ColumnDefinitions? Columns, int Count, byte[]? PagingState) ReadMetadata(FrameReader reader, bool withPartitionKeys, out IReadOnlyList<int> partitionKeys)
    {
        var flags = (RowsMetadataFlags)reader.ReadInt();
        var count = reader.ReadInt();
        var pagingState = flags.HasFlag(RowsMetadataFlags.HasMorePages) ? reader.ReadBytes()?.ToArray() : null;
        partitionKeys = [];
        if (withPartitionKeys)
        {
            var pkCount = reader.ReadInt();
            var indexes = new int[pkCount];
            for (var i = 0; i < pkCount; i++) indexes[i] = reader.ReadShort();
            partitionKeys = indexes;
        }
        if (flags.HasFlag(RowsMetadataFlags.NoMetadata)) return (null, count, pagingState);
        string? globalKeyspace = null, globalTable = null;
        if (flags.HasFlag(RowsMetadataFlags.GlobalTablesSpec))
        {
            globalKeyspace = reader.ReadString();
            globalTable = reader.ReadString();
        }
        var columns = new CqlColumn[count];
        for (var i = 0; i < count; i++)
        {
            var keyspace = globalKeyspace ?? reader.ReadString();
            var table = globalTable ?? reader.ReadString();
            var name = reader.ReadString();
            columns[i] = new CqlColumn(i, keyspace, table, name, reader.ReadType());
        }
        return (new ColumnDefinitions(columns), count, pagingState);
    }

    private static SchemaChangeResult DecodeSchemaChange(FrameReader reader)
    {
        var change = reader.ReadString();
        var target = reader.ReadString();
        var keyspace = reader.ReadString();
        return target switch
        {
            "KEYSPACE" => new SchemaChangeResult(change, target, keyspace, null, []),
            "FUNCTION" or "AGGREGATE" => new SchemaChangeResult(change, target, keyspace, reader.ReadString(), reader.ReadStringList()),
            _ => new SchemaChangeResult(change, target, keyspace, reader.ReadString(), []),
        };
    }
}
