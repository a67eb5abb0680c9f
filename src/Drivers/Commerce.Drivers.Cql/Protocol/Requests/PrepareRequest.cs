namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>PREPARE (4.1.5): the query as a [long string].</summary>
internal sealed class PrepareRequest(string cql) : IRequest
{
    public string Cql { get; } = cql;

    public Opcode Opcode => Opcode.Prepare;

    public void WriteBody(FrameWriter writer, byte protocolVersion) => writer.WriteLongString(Cql);
}
