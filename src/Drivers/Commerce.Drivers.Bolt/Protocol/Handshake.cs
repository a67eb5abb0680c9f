using System.Buffers.Binary;

namespace Commerce.Drivers.Bolt.Protocol;

/// <summary>
/// The Bolt handshake: the identification preamble, then four version proposals in order of
/// preference. Each proposal is [reserved, range, minor, major]; a range (understood from
/// Neo4j 4.2/4.3 on) also offers the <c>range</c> minor versions below <c>minor</c>.
/// </summary>
internal static class Handshake
{
    public static ReadOnlySpan<byte> Preamble => [0x60, 0x60, 0xB0, 0x17];

    /// <summary>
    /// 5.4 down to 5.0, 4.4 down to 4.0, 3, 1. Servers 4.0/4.1 do not read ranges and settle on 3;
    /// Neo4j 3.x settles on 3 or 1.
    /// </summary>
    public static readonly IReadOnlyList<(BoltVersion Highest, int Range)> Proposals =
    [
        (BoltVersion.V5_4, 4),
        (BoltVersion.V4_4, 4),
        (BoltVersion.V3, 0),
        (BoltVersion.V1, 0),
    ];

    public static byte[] BuildRequest()
    {
        var request = new byte[20];
        Preamble.CopyTo(request);
        for (var i = 0; i < Proposals.Count; i++)
        {
            var (version, range) = Proposals[i];
            var slot = request.AsSpan(4 + i * 4, 4);
            slot[0] = 0;
            slot[1] = (byte)range;
            slot[2] = (byte)version.Minor;
            slot[3] = (byte)version.Major;
        }
        return request;
    }

    /// <summary>Reads the server's 4-byte answer and checks it is a version we offered.</summary>
    public static BoltVersion ParseResponse(ReadOnlySpan<byte> response)
    {
        var raw = BinaryPrimitives.ReadUInt32BigEndian(response);
        if (raw == 0)
            throw new ServiceUnavailableException("The server supports none of the Bolt versions this driver offers (5.0-5.4, 4.0-4.4, 3, 1).");
        if (raw == 0x48545450) // "HTTP"
            throw new ServiceUnavailableException("The server answered with HTTP: the address is an HTTP port, not a Bolt port.");
        var version = new BoltVersion(response[3], response[2]);
        if (!IsOffered(version))
            throw new ProtocolException($"The server chose Bolt {version}, which this driver did not offer.");
        return version;
    }

    public static bool IsOffered(BoltVersion version) =>
        Proposals.Any(p => p.Highest.Major == version.Major && version.Minor <= p.Highest.Minor && version.Minor >= p.Highest.Minor - p.Range);
}
