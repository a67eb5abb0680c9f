namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>STARTUP (4.1.1): a [string map] of options, CQL_VERSION being mandatory.</summary>
internal sealed class StartupRequest : IRequest
{
    public IReadOnlyDictionary<string, string> Options { get; } = new Dictionary<string, string> { ["CQL_VERSION"] = "3.0.0" };

    public Opcode Opcode => Opcode.Startup;

    public void WriteBody(FrameWriter writer, byte protocolVersion) => writer.WriteStringMap(Options);
}
