using System.Net;
using System.Text.RegularExpressions;

namespace Commerce.Drivers.Cql.Connections;

/// <summary>
/// Opens a connection at the highest protocol version both sides speak: STARTUP at the newest version
/// we know, and when the server rejects that version (a protocol error that may name the versions it
/// supports, or it hangs up), again on a new connection at the highest lower version we also speak.
/// </summary>
internal static partial class ProtocolNegotiation
{
    public const byte MinVersion = 3;
    public const byte MaxVersion = 4;

    public static async Task<Connection> OpenAsync(IPEndPoint endPoint, byte startVersion, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var version = startVersion;
        while (true)
        {
            try
            {
                return await Connection.OpenAsync(endPoint, version, settings, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (version > MinVersion && IsVersionRejection(ex))
            {
                version = NextVersion(ex.Message, version);
            }
        }
    }

    internal static bool IsVersionRejection(Exception exception) => exception switch
    {
        // The spec says a protocol error; Cassandra 2.1.0 wraps its ProtocolException in a server error
        // (code 0x0000, sent on stream 0 in a v3 header), so both are recognised by their text.
        ProtocolErrorException or ServerErrorException => exception.Message.Contains("protocol version", StringComparison.OrdinalIgnoreCase),
        ConnectionClosedException => true,
        _ => false,
    };

    /// <summary>The highest version below the rejected one that the message names, else simply the one below.</summary>
    internal static byte NextVersion(string message, byte rejected)
    {
        var named = Numbers().Matches(message)
            .Select(m => int.TryParse(m.Value, out var n) ? n : -1)
            .Where(n => n >= MinVersion && n < rejected)
            .DefaultIfEmpty(rejected - 1)
            .Max();
        return (byte)named;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
