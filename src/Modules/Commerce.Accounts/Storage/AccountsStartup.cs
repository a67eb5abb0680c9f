using Microsoft.Extensions.Hosting;

namespace Commerce.Accounts;

/// <summary>Brings the schema up to date, then creates the bootstrap admin when configured, before the server takes requests.</summary>
internal sealed class AccountsStartup(AccountsMigrator migrator, AccountsSeeder seeder, AccountsOptions options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.MigrateOnStart)
        {
            return;
        }

        await migrator.MigrateAsync(cancellationToken);
        if (options.BootstrapAdminEmail is { Length: > 0 } email && options.BootstrapAdminPassword is { Length: > 0 } password)
        {
            await seeder.EnsureAdminAsync(email, password, "Administrator", cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
