using Commerce.GraphQL.AspNetCore;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Types;
using Commerce.GraphQL.AspNetCore.Execution;
using Commerce.GraphQL.AspNetCore.Http;
using Commerce.GraphQL.AspNetCore.Ide;
using Commerce.GraphQL.AspNetCore.PersistedOperations;
using Commerce.GraphQL.AspNetCore.Sse;
using Commerce.GraphQL.AspNetCore.Tracing;
using Commerce.GraphQL.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL transports (HTTP, WebSocket, SSE, the IDE), persisted operations and per-request
    /// store tracing, and the <see cref="IRequestExecutor"/> they run requests on: the engine's executor over the
    /// schema the builder's configuration steps build (register another IRequestExecutor first to replace it).
    /// </summary>
    public static GraphQLServerBuilder AddGraphQLServer(this IServiceCollection services)
    {
        var setup = services.FirstOrDefault(d => d.ServiceType == typeof(GraphQLServerSetup))?.ImplementationInstance as GraphQLServerSetup;
        if (setup is null)
        {
            setup = new GraphQLServerSetup();
            services.AddSingleton(setup);
        }

        services.AddOptions<GraphQLServerOptions>();
        services.TryAddSingleton(sp => sp.GetRequiredService<GraphQLServerSetup>().BuildSchema(sp));
        services.TryAddSingleton(ExecutorOptions.Default);
        services.TryAddSingleton<IRequestExecutor>(sp => new RequestExecutor(sp.GetRequiredService<Schema>(), sp.GetRequiredService<ExecutorOptions>()));
        services.TryAddSingleton<StoreTracingListener>();
        services.TryAddSingleton<TrustedDocuments>();
        services.TryAddSingleton<IPersistedOperationStore, InMemoryPersistedOperationStore>();
        services.TryAddSingleton<PersistedOperationResolver>();
        services.TryAddSingleton<GraphQLRequestPipeline>();
        services.TryAddSingleton<PostRequestHandler>();
        services.TryAddSingleton<GetRequestHandler>();
        services.TryAddSingleton<GraphQLTransportWsHandler>();
        services.TryAddSingleton<ServerSentEventsHandler>();
        services.TryAddSingleton<BananaCakePopEndpoint>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, WebSocketStartupFilter>());
        return new GraphQLServerBuilder(services, setup);
    }

    /// <summary>Puts the WebSocket middleware first in the pipeline so the GraphQL endpoint can accept upgrades.</summary>
    private sealed class WebSocketStartupFilter(IOptions<GraphQLServerOptions> options) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = options.Value.WebSocketKeepAliveInterval });
            next(app);
        };
    }
}
