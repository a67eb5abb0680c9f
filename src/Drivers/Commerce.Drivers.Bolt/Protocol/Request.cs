using Commerce.Drivers.Bolt.PackStream;

namespace Commerce.Drivers.Bolt.Protocol;

/// <summary>A request message: a structure whose tag is the message signature.</summary>
internal sealed record Request(byte Signature, string Name, IReadOnlyList<object?> Fields)
{
    /// <summary>The name tracing reports for a round trip that starts with this request.</summary>
    public string Operation { get; init; } = Name;

    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(Fields.Count, Signature);
        foreach (var field in Fields) writer.WriteValue(field);
    }
}
