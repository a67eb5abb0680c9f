using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Catalog;

/// <summary>
/// Creates the catalog's indexes when the host starts. A MongoDB that is down does not stop the gateway (the
/// other stores' fields still work); the failure is logged and the catalog's fields report the store error.
/// </summary>
public sealed class CatalogIndexInitializer(CatalogIndexes indexes, CatalogOptions options, ILogger<CatalogIndexInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.EnsureIndexesOnStart)
        {
            return;
        }

        try
        {
            await indexes.EnsureIndexesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not create the catalog's MongoDB indexes; is MongoDB up (scripts/services.sh up)?");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
