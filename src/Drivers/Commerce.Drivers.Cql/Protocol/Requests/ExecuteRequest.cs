namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>EXECUTE (4.1.6): the prepared id as [short bytes], then &lt;query_parameters&gt;.</summary>
internal sealed class ExecuteRequest(byte[] id, QueryParameters parameters) : IRequest
{
    public byte[] Id { get; } = id;

    public QueryParameters Parameters { get; } = parameters;

    public Opcode Opcode => Opcode.Execute;

    public void WriteBody(FrameWriter writer, byte protocolVersion)
    {
        writer.WriteShortBytes(Id);
        Parameters.Write(writer, protocolVersion);
    }
}
