namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>A request message (section 4.1): its opcode and how its body is written for a protocol version.</summary>
internal interface IRequest
{
    Opcode Opcode { get; }

    void WriteBody(FrameWriter writer, byte protocolVersion);
}
