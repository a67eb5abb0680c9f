namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>Builds a complete request frame: header, optional v4 custom payload, then the message body.</summary>
internal static class RequestFrame
{
    public static ReadOnlyMemory<byte> Build(IRequest request, byte protocolVersion, short stream,
        IReadOnlyDictionary<string, byte[]?>? customPayload = null, bool tracing = false)
    {
        var writer = new FrameWriter(256, reserveHeader: true);
        var flags = tracing ? FrameFlags.Tracing : FrameFlags.None;
        if (customPayload is { Count: > 0 })
        {
            if (protocolVersion < 4) throw new NotSupportedException($"Custom payloads need protocol v4; this connection speaks v{protocolVersion}.");
            flags |= FrameFlags.CustomPayload;
            writer.WriteBytesMap(customPayload);
        }
        request.WriteBody(writer, protocolVersion);
        writer.WriteHeader(new FrameHeader(protocolVersion, false, flags, stream, request.Opcode, writer.Position - FrameHeader.Size));
        return writer.WrittenMemory;
    }
}
