using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Gateway.Tests;

/// <summary>Liveness and per-store readiness, with stand-in listeners for "up" and closed ports for "down".</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Live_is_200_whatever_the_stores_do()
    {
        await using var factory = Gateway(closedPort: ClosedPort(), openPort: ClosedPort());
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_lists_each_store_up_or_down_and_is_503_while_one_is_down()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var openPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var factory = Gateway(closedPort: ClosedPort(), openPort: openPort);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("not ready", body.GetProperty("status").GetString());
        var stores = body.GetProperty("stores");
        Assert.Equal(["postgres", "mongo", "neo4j", "cassandra", "redis"], stores.EnumerateObject().Select(p => p.Name));
        Assert.Equal("up", stores.GetProperty("postgres").GetProperty("status").GetString());
        Assert.Equal("up", stores.GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("down", stores.GetProperty("mongo").GetProperty("status").GetString());
        Assert.Equal("down", stores.GetProperty("neo4j").GetProperty("status").GetString());
        Assert.Equal("down", stores.GetProperty("cassandra").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_is_200_when_every_store_answers()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var factory = Gateway(closedPort: port, openPort: port);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Every_response_carries_its_trace_id_and_graphql_is_served_at_slash_graphql()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ gatewayVersion }"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$|^[^ ]+$", Assert.Single(response.Headers.GetValues("X-Trace-Id")));
        Assert.Contains("gatewayVersion", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Postgres and Redis at <paramref name="openPort"/>; Mongo, Neo4j and Cassandra at <paramref name="closedPort"/>.
    /// The modules' start-up work (migrations, indexes, dispatchers) is left out: these stand-ins accept connections
    /// but never answer, and what is under test here is the readiness report, not the modules.
    /// </summary>
    private static WebApplicationFactory<Program> Gateway(int closedPort, int openPort) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .ConfigureServices(services =>
            {
                foreach (var startup in services.Where(IsModuleStartup).ToList())
                {
                    services.Remove(startup);
                }
            })
            .UseSetting("ConnectionStrings:Postgres", $"Host=127.0.0.1;Port={openPort};Username=postgres")
            .UseSetting("ConnectionStrings:Redis", $"127.0.0.1:{openPort},abortConnect=false")
            .UseSetting("ConnectionStrings:Mongo", $"mongodb://127.0.0.1:{closedPort}/?directConnection=true")
            .UseSetting("ConnectionStrings:Neo4j", $"bolt://127.0.0.1:{closedPort}")
            .UseSetting("ConnectionStrings:Cassandra", $"Contact Points=127.0.0.1;Port={closedPort}"));

    private static bool IsModuleStartup(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(IHostedService)
        && (descriptor.ImplementationType ?? descriptor.ImplementationFactory?.Method.DeclaringType)?.Assembly.GetName().Name is { } assembly
        && assembly.StartsWith("Commerce.", StringComparison.Ordinal);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
