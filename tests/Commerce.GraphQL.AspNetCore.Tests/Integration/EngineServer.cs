using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.AspNetCore.Tests.Integration;

/// <summary>Our server on Kestrel with the real engine and <see cref="TestQuery"/>'s schema, as AddGraphQLServer wires it.</summary>
public static class EngineServer
{
    public static Task<TestServer> StartAsync(Action<GraphQLServerOptions>? configure = null) =>
        TestServer.StartAsync(
            services => services.AddGraphQLServer().ConfigureSchema(schema => schema
                .AddQueryType<TestQuery>()
                .AddMutationType<TestMutation>()
                .AddSubscriptionType<TestSubscription>()),
            configure);
}
