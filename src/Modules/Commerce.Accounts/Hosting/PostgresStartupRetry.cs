using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Accounts;

/// <summary>
/// Runs a module's PostgreSQL start-up work (migrations, seeding) before the server takes requests; but when
/// PostgreSQL cannot be reached at start-up the host starts anyway (design: a store that is down fails only the
/// fields it serves) and the work is retried in the background, with backoff, until it succeeds. Errors the server
/// itself reports (a failing migration script) still fail start-up. Modules that own a PostgreSQL schema use it.
/// </summary>
public sealed class PostgresStartupRetry(string module, Func<CancellationToken, Task> startup, ILogger<PostgresStartupRetry> logger) : IHostedService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stopping = new();
    private Task _retry = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await startup(cancellationToken);
        }
        catch (Exception e) when (IsUnreachable(e) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "PostgreSQL unreachable at start-up; {Module} will migrate in the background once it answers", module);
            _retry = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _retry.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        var delay = FirstDelay;
        while (!stopping.IsCancellationRequested)
        {
            await Task.Delay(delay, stopping);
            try
            {
                await startup(stopping);
                logger.LogInformation("{Module} migrated after PostgreSQL became reachable", module);
                return;
            }
            catch (Exception e) when (IsUnreachable(e) && !stopping.IsCancellationRequested)
            {
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                logger.LogError(e, "{Module} migration failed", module);
                return;
            }
        }
    }

    private static bool IsUnreachable(Exception e) =>
        e is NpgsqlException and not PostgresException || e is TimeoutException;
}
