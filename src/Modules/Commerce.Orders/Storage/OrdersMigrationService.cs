using Microsoft.Extensions.Hosting;

namespace Commerce.Orders;

/// <summary>Brings the schema up to date before the host serves requests.</summary>
internal sealed class OrdersMigrationService(OrdersMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
