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
    public IList<Action<IServiceProvider, SchemaBuilder>> SchemaConfigurations => Setup.SchemaConfigurations;

    /// <summary>Appends a schema configuration step (what <c>AddQueryType&lt;T&gt;()</c> and friends are made of).</summary>
    public GraphQLServerBuilder ConfigureSchema(Action<IServiceProvider, SchemaBuilder> configure)
    {
        Setup.SchemaConfigurations.Add(configure);
        return this;
    }

    public GraphQLServerBuilder ConfigureSchema(Action<SchemaBuilder> configure) => ConfigureSchema((_, builder) => configure(builder));

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
    public List<Action<IServiceProvider, SchemaBuilder>> SchemaConfigurations { get; } = [];

    /// <summary>Runs every configuration step on a new schema builder and builds the schema.</summary>
    public Types.Schema BuildSchema(IServiceProvider services)
    {
        var builder = SchemaBuilder.New();
        foreach (var configure in SchemaConfigurations)
        {
            configure(services, builder);
        }

        return builder.Build();
    }
}
