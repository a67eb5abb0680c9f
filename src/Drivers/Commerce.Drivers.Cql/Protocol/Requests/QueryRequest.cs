namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>QUERY (4.1.4): &lt;query&gt;&lt;query_parameters&gt;.</summary>
internal sealed class QueryRequest(string cql, QueryParameters parameters) : IRequest
{
    public string Cql { get; } = cql;

    public QueryParameters Parameters { get; } = parameters;

    public Opcode Opcode => Opcode.Query;

    public void WriteBody(FrameWriter writer, byte protocolVersion)
    {
        writer.WriteLongString(Cql);
        Parameters.Write(writer, protocolVersion);
    }
}
