namespace Commerce.Accounts;

/// <summary>
/// Failed logins limited per account and per client address. A login is refused while either bucket is empty;
/// only failures take a token, so a user who types the right password is never slowed by their own logins.
/// </summary>
public sealed class LoginThrottle(TokenBucket buckets, AccountsKeys keys, AccountsOptions options)
{
    public Task<TimeSpan> CheckAsync(string normalizedEmail, string client, CancellationToken cancellationToken) =>
        buckets.TakeAsync(Buckets(normalizedEmail, client), cost: 0, cancellationToken);

    public Task RecordFailureAsync(string normalizedEmail, string client, CancellationToken cancellationToken) =>
        buckets.TakeAsync(Buckets(normalizedEmail, client), cost: 1, cancellationToken);

    private (Drivers.Redis.RedisKey, BucketLimit)[] Buckets(string normalizedEmail, string client) =>
    [
        (keys.LoginFailuresOfAccount(normalizedEmail), new BucketLimit(options.LoginFailuresPerAccount, options.LoginFailureWindow)),
        (keys.LoginFailuresOfAddress(client), new BucketLimit(options.LoginFailuresPerAddress, options.LoginFailureWindow)),
    ];
}
