using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Commerce.Accounts;
using Commerce.Drivers.Redis;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Accounts from configuration: <c>ConnectionStrings:Postgres</c>, <c>ConnectionStrings:Redis</c>, and the
    /// <c>Accounts</c> section (e.g. <c>Accounts:BootstrapAdminEmail</c>/<c>BootstrapAdminPassword</c>,
    /// <c>Accounts:RequestsPerWindow</c>).
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Accounts");
        var defaults = new AccountsOptions();
        return services.AddAccounts(new AccountsOptions
        {
            ConnectionString = configuration.GetConnectionString("Postgres") ?? AccountsOptions.DefaultConnectionString,
            RedisConfiguration = configuration.GetConnectionString("Redis") ?? AccountsOptions.DefaultRedis,
            BootstrapAdminEmail = section["BootstrapAdminEmail"],
            BootstrapAdminPassword = section["BootstrapAdminPassword"],
            RequestsPerWindow = section.GetValue(nameof(AccountsOptions.RequestsPerWindow), defaults.RequestsPerWindow),
            RequestWindow = section.GetValue(nameof(AccountsOptions.RequestWindow), defaults.RequestWindow),
            LoginFailuresPerAccount = section.GetValue(nameof(AccountsOptions.LoginFailuresPerAccount), defaults.LoginFailuresPerAccount),
            LoginFailuresPerAddress = section.GetValue(nameof(AccountsOptions.LoginFailuresPerAddress), defaults.LoginFailuresPerAddress),
            PasswordIterations = section.GetValue(nameof(AccountsOptions.PasswordIterations), defaults.PasswordIterations),
        });
    }

    public static IServiceCollection AddAccounts(this IServiceCollection services, AccountsOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        // Connects in the background: Redis down at start-up fails only the fields (and checks) that need it.
        services.TryAddSingleton(_ => ConnectionMultiplexer.Connect(options.RedisConfiguration));
        services.AddPooledDbContextFactory<AccountsDbContext>(db => db.UseNpgsql(options.ConnectionString));
        services.TryAddSingleton(new PasswordHasher(options.PasswordIterations));
        services.TryAddSingleton<AccountsKeys>();
        services.TryAddSingleton<SessionStore>();
        services.TryAddSingleton<TokenBucket>();
        services.TryAddSingleton<LoginThrottle>();
        services.TryAddSingleton<ApiKeyService>();
        services.TryAddSingleton<AccountService>();
        services.TryAddSingleton<AccountsMigrator>();
        services.TryAddSingleton<AccountsSeeder>();
        services.TryAddSingleton<AccountsStartup>();
        // AddSingleton, not AddHostedService: that one keeps a single registration per implementation type.
        services.AddSingleton<IHostedService>(provider => new PostgresStartupRetry(
            "accounts", provider.GetRequiredService<AccountsStartup>().StartAsync, provider.GetRequiredService<ILogger<PostgresStartupRetry>>()));
        services.AddAuthentication(SessionAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null);
        return services;
    }
}
