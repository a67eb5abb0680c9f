namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>OPTIONS (4.1.3): an empty body; answered by SUPPORTED.</summary>
internal sealed class OptionsRequest : IRequest
{
    public Opcode Opcode => Opcode.Options;

    public void WriteBody(FrameWriter writer, byte protocolVersion) { }
}
