using System.Diagnostics;
using Commerce.Gateway.Configuration;

namespace Commerce.Gateway.Health;

public static class StoreHealthChecks
{
    /// <summary>Connection string names (<c>ConnectionStrings__Postgres</c>, ...) by store, with CONTRIBUTING.md's defaults.</summary>
    public static readonly IReadOnlyList<(string Store, string Name, string Default)> Stores =
    [
        ("postgres", "Postgres", "Host=127.0.0.1;Port=15432;Username=postgres;Database=commerce"),
        ("mongo", "Mongo", "mongodb://127.0.0.1:27519/?directConnection=true"),
        ("neo4j", "Neo4j", "bolt://127.0.0.1:17687"),
        ("cassandra", "Cassandra", "Contact Points=127.0.0.1;Port=19042"),
        ("redis", "Redis", "127.0.0.1:16379"),
    ];

    /// <summary>A TCP check per store at its configured address; modules add registrations that replace them.</summary>
    public static IServiceCollection AddStoreHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        foreach (var (store, name, fallback) in Stores)
        {
            var connectionString = configuration.GetConnectionString(name) ?? fallback;
            services.AddSingleton(new StoreHealthRegistration(store, _ =>
            {
                var (host, port) = StoreEndpoints.Parse(store, connectionString);
                return new TcpStoreHealthCheck(host, port);
            }));
        }

        services.AddSingleton<StoreHealthReporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Live: the process serves requests. Ready: and every store answers (an orchestrator routes traffic on this).
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        endpoints.MapGet("/health/ready", async (StoreHealthReporter reporter, CancellationToken cancellationToken) =>
        {
            var report = await reporter.CheckAllAsync(cancellationToken);
            return Results.Json(report, statusCode: report.Status == "ready" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}

/// <summary>Runs every store's check at once, each bounded by the configured timeout.</summary>
public sealed class StoreHealthReporter(IEnumerable<StoreHealthRegistration> registrations, IServiceProvider services, GatewayLimits limits, ILogger<StoreHealthReporter> logger)
{
    private readonly IReadOnlyList<StoreHealthRegistration> _checks = registrations
        .GroupBy(r => r.Store)
        .Select(g => g.Last())
        .ToList();

    public async Task<ReadinessReport> CheckAllAsync(CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(_checks.Select(r => CheckAsync(r, cancellationToken)));
        var stores = results.ToDictionary(r => r.Store, r => r.Health);
        return new ReadinessReport(stores.Values.All(h => h.Status == "up") ? "ready" : "not ready", stores);
    }

    private async Task<(string Store, StoreHealth Health)> CheckAsync(StoreHealthRegistration registration, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(limits.HealthCheckTimeoutSeconds));
        var started = Stopwatch.GetTimestamp();
        string? error = null;
        bool up;
        try
        {
            up = await registration.Factory(services).CheckAsync(timeout.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            up = false;
            error = e is OperationCanceledException ? "timed out" : e.Message;
            logger.LogWarning("Store {Store} is down: {Error}", registration.Store, error);
        }

        var milliseconds = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
        return (registration.Store, new StoreHealth(up ? "up" : "down", milliseconds, error));
    }
}

public sealed record ReadinessReport(string Status, IReadOnlyDictionary<string, StoreHealth> Stores);

public sealed record StoreHealth(string Status, double DurationMs, string? Error);
