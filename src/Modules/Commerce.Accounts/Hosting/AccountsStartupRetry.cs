using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Accounts;

/// <summary>
/// Runs <see cref="AccountsStartup"/> before the server takes requests, as before; but when PostgreSQL cannot be
/// reached at start-up the host starts anyway (design: a store that is down fails only the fields it serves) and
/// the migration is retried in the background, with backoff, until it succeeds. Errors the server itself reports
/// (a failing migration script) still fail start-up.
/// </summary>
internal sealed class AccountsStartupRetry(AccountsStartup startup, ILogger<AccountsStartupRetry> logger) : IHostedService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stopping = new();
    private Task _retry = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await startup.StartAsync(cancellationToken);
        }
        catch (Exception e) when (IsUnreachable(e) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "PostgreSQL unreachable at start-up; accounts will migrate in the background once it answers");
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
                await startup.StartAsync(stopping);
                logger.LogInformation("Accounts migrated after PostgreSQL became reachable");
                return;
            }
            catch (Exception e) when (IsUnreachable(e) && !stopping.IsCancellationRequested)
            {
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                logger.LogError(e, "Accounts migration failed");
                return;
            }
        }
    }

    private static bool IsUnreachable(Exception e) =>
        e is NpgsqlException and not PostgresException || e is TimeoutException;
}
