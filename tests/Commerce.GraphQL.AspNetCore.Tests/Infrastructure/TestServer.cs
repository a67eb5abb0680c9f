using Commerce.GraphQL.AspNetCore;
using Commerce.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>Our GraphQL endpoint on real Kestrel at a free loopback port.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        GraphQLUri = new Uri(baseAddress, "/graphql");
    }

    public Uri BaseAddress { get; }

    public Uri GraphQLUri { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestServer> StartAsync(
        IRequestExecutor executor,
        Action<GraphQLServerOptions>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        return await StartAsync(s => s.AddSingleton(executor), configure, services);
    }

    public static async Task<TestServer> StartAsync(
        Action<IServiceCollection> registerExecutor,
        Action<GraphQLServerOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        Action<IApplicationBuilder>? middleware = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer().ModifyServerOptions(configure ?? (_ => { }));
        registerExecutor(builder.Services);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        middleware?.Invoke(app);
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(app, new Uri(address));
    }

    /// <summary>Stops the host the way SIGTERM does: stop accepting, drain, then end.</summary>
    public Task StopAsync() => _app.StopAsync();

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
