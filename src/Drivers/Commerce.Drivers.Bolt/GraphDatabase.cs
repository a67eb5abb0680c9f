using Commerce.Drivers.Bolt.Internal;

namespace Commerce.Drivers.Bolt;

public static class GraphDatabase
{
    public const int DefaultPort = 7687;

    /// <summary>
    /// A driver for <c>bolt://host[:port]</c>. <c>neo4j://</c> is accepted and connects to that
    /// one server directly (no cluster routing); encrypted schemes are not supported.
    /// </summary>
    public static IDriver Driver(string uri, IAuthToken authToken, Action<ConfigBuilder>? configure = null) =>
        Driver(new Uri(uri), authToken, configure);

    public static IDriver Driver(Uri uri, IAuthToken authToken, Action<ConfigBuilder>? configure = null)
    {
        if (uri.Scheme is not ("bolt" or "neo4j"))
            throw new ArgumentException($"Unsupported URI scheme '{uri.Scheme}': use bolt:// (TLS schemes are not supported).", nameof(uri));
        var builder = new ConfigBuilder();
        configure?.Invoke(builder);
        var port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port;
        return new Driver(uri.Host, port, authToken, builder.Config);
    }
}
