using Commerce.GraphQL;

namespace Commerce.Gateway;

/// <summary>
/// The composed public schema: the gateway's root types, then each module's type extensions (the stitching).
/// Modules add themselves here as they land (<c>.AddTypeExtension&lt;ProductQueries&gt;()</c> and so on).
/// </summary>
public static class GatewaySchema
{
    public static void Configure(SchemaBuilder schema) => schema
        .AddQueryType<GatewayQuery>();
}

/// <summary>The root query type every module extends.</summary>
public sealed class GatewayQuery
{
    /// <summary>The gateway's version, so clients can tell which deployment answered.</summary>
    public string GatewayVersion() => typeof(GatewayQuery).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
