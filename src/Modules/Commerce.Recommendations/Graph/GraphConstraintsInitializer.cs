using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Recommendations.Graph;

/// <summary>Creates the constraints at start-up; a graph that is down must not keep the gateway from starting.</summary>
public sealed class GraphConstraintsInitializer(GraphConstraints constraints, RecommendationsOptions options, ILogger<GraphConstraintsInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.EnsureConstraintsOnStart)
        {
            return;
        }

        try
        {
            await constraints.EnsureAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not create the recommendation graph's constraints; recommendations answer STORE_UNAVAILABLE until Neo4j is reachable.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
