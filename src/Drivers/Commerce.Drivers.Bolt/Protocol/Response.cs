using Commerce.Drivers.Bolt.PackStream;

namespace Commerce.Drivers.Bolt.Protocol;

/// <summary>A response message: a SUCCESS/FAILURE/IGNORED summary or a RECORD detail.</summary>
internal readonly record struct Response(byte Signature, IReadOnlyDictionary<string, object?> Metadata, object?[] Fields)
{
    public const byte SuccessSignature = 0x70;
    public const byte RecordSignature = 0x71;
    public const byte IgnoredSignature = 0x7E;
    public const byte FailureSignature = 0x7F;

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public bool IsSummary => Signature != RecordSignature;

    public static Response Decode(ReadOnlySpan<byte> message, bool elementIds)
    {
        var reader = new PackStreamReader(message, elementIds);
        var (fieldCount, signature) = reader.ReadStructHeader();
        switch (signature)
        {
            case SuccessSignature or FailureSignature:
                return new(signature, fieldCount > 0 ? reader.ReadMap() : Empty, []);
            case IgnoredSignature:
                return new(signature, Empty, []);
            case RecordSignature:
                if (reader.ReadValue() is not List<object?> values) throw new ProtocolException("A RECORD carries a list of values.");
                return new(signature, Empty, values.ToArray());
            default:
                throw new ProtocolException($"Unknown response message signature 0x{signature:X2}.");
        }
    }

    /// <summary>The server's error; 5.7+ calls the code neo4j_code.</summary>
    public Neo4jException ToException()
    {
        var code = Metadata.GetValueOrDefault("neo4j_code") as string ?? Metadata.GetValueOrDefault("code") as string ?? "Neo.DatabaseError.General.UnknownError";
        var message = Metadata.GetValueOrDefault("message") as string ?? "The server reported a failure without a message.";
        return Neo4jException.FromServer(code, message);
    }
}
