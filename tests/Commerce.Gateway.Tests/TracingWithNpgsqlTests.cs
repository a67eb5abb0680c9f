using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Gateway.Tests;

/// <summary>
/// The tracing extension against a real driver: Npgsql's own Activities, from resolvers running on a real
/// PostgreSQL, counted per request. An independent listener counts what Npgsql reported for each request's
/// trace id, and the extension must agree with it.
/// </summary>
public sealed class TracingWithNpgsqlTests
{
    private const string ConnectionString = "Host=127.0.0.1;Port=15432;Username=postgres;Database=postgres;Timeout=5";

    [Fact]
    public async Task Each_request_reports_the_npgsql_round_trips_its_resolvers_made()
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        try
        {
            await using var probe = await dataSource.OpenConnectionAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            Assert.Fail($"PostgreSQL is not reachable at {ConnectionString} ({e.Message}); start the stores with `scripts/services.sh up`.");
        }

        var reported = new ActivityCounter("Npgsql");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddGraphQLServer().ConfigureSchema(schema => schema.AddQueryType<SqlQuery>());
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        var responses = await Task.WhenAll(Enumerable.Range(1, 4).Select(async n =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = $"{{ selects(n: {n}) }}" }) };
            request.Headers.Add("X-Trace", "true");
            var response = await client.SendAsync(request);
            return (n, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        }));
        await app.StopAsync();

        foreach (var (n, body) in responses)
        {
            Assert.Equal(n, body.GetProperty("data").GetProperty("selects").GetInt32());
            var tracing = body.GetProperty("extensions").GetProperty("tracing");
            var postgres = tracing.GetProperty("postgres").GetProperty("roundTrips").GetInt64();
            Assert.True(postgres >= n, $"{n} SELECTs, {postgres} round trips reported (opening a pooled connection adds its own)");
            Assert.Equal(postgres, tracing.GetProperty("total").GetProperty("roundTrips").GetInt64());
            Assert.Equal(0, tracing.GetProperty("redis").GetProperty("roundTrips").GetInt64());
        }

        // Requests with more SELECTs report more round trips, exactly as many more as Npgsql itself emitted.
        var counts = responses.Select(r => r.Item2.GetProperty("extensions").GetProperty("tracing").GetProperty("postgres").GetProperty("roundTrips").GetInt64()).ToArray();
        Assert.Equal(counts.Sum(), reported.Stopped);
        reported.Dispose();
    }

    public sealed class SqlQuery
    {
        public async Task<int> Selects(int n, [Service] NpgsqlDataSource dataSource, CancellationToken cancellationToken)
        {
            var rows = 0;
            for (var i = 0; i < n; i++)
            {
                await using var command = dataSource.CreateCommand("SELECT 1");
                rows += (int)(await command.ExecuteScalarAsync(cancellationToken))!;
            }

            return rows;
        }
    }

    /// <summary>Counts the Activities one source stops, for comparison with what the extension attributed.</summary>
    private sealed class ActivityCounter : IDisposable
    {
        private readonly ActivityListener _listener;
        private int _stopped;

        public ActivityCounter(string source)
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == source,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.None,
                ActivityStopped = _ => Interlocked.Increment(ref _stopped),
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public int Stopped => Volatile.Read(ref _stopped);

        public void Dispose() => _listener.Dispose();
    }
}
