using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.AspNetCore;

/// <summary>
/// What <c>AddGraphQLServer()</c> returns: the service collection plus the ordered configuration callbacks that
/// extension methods (<c>AddQueryType&lt;T&gt;()</c>, <c>AddTypeExtension&lt;T&gt;()</c>, ...) append. The callbacks run
/// when the <see cref="Execution.IRequestExecutor"/> is first resolved, in the order they were added.
/// </summary>
public sealed class GraphQLServerBuilder
{
    internal GraphQLServerBuilder(IServiceCollection services, GraphQLServerSetup setup)
    {
        Services = services;
        Setup = setup;
    }

    public IServiceCollection Services { get; }

    /// <summary>The callbacks, each given the root service provider and the engine's schema builder.</summary>
    public IList<Action<IServiceProvider, object>> SchemaConfigurations => Setup.SchemaConfigurations;

    internal GraphQLServerSetup Setup { get; }

    /// <summary>Adjusts transport options (body limit, GET, WebSockets, SSE, IDE, tracing, persisted operations).</summary>
    public GraphQLServerBuilder ModifyServerOptions(Action<GraphQLServerOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }
}

/// <summary>The one registration behind every <see cref="GraphQLServerBuilder"/> of a service collection.</summary>
public sealed class GraphQLServerSetup
{
    public List<Action<IServiceProvider, object>> SchemaConfigurations { get; } = [];
}
