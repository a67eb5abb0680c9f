using Commerce.Accounts.Tests.Infrastructure;

namespace Commerce.Accounts.Tests.Integration;

/// <summary>Three failures per account, many per address: the account limit is the one that bites.</summary>
public sealed class AccountLimitedHost : AccountsHost
{
    protected override AccountsOptions Configure(AccountsOptions options) =>
        options with { LoginFailuresPerAccount = 3, LoginFailuresPerAddress = 1000, PasswordIterations = 10_000 };
}

/// <summary>Four failures per address, many per account: the address limit is the one that bites.</summary>
public sealed class AddressLimitedHost : AccountsHost
{
    protected override AccountsOptions Configure(AccountsOptions options) =>
        options with { LoginFailuresPerAccount = 1000, LoginFailuresPerAddress = 4, PasswordIterations = 10_000 };
}

public sealed class AccountLoginRateLimitTests(AccountLimitedHost host) : IClassFixture<AccountLimitedHost>
{
    private const string Password = "the right password";

    [Fact]
    public async Task After_three_failures_the_account_is_refused_even_with_the_right_password_and_others_are_not()
    {
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, Password);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("INVALID_CREDENTIALS", (await host.LoginAsync(email, "a wrong password")).Code());
        }

        var limited = await host.LoginAsync(email, Password);
        Assert.Equal("RATE_LIMITED", limited.Code());
        Assert.True(limited.FirstError.GetProperty("extensions").GetProperty("retryAfterSeconds").GetInt32() > 0);
        Assert.Equal("RATE_LIMITED", (await host.LoginAsync(email.ToUpperInvariant(), Password)).Code());

        var other = AccountsHost.NewEmail();
        await host.RegisterAsync(other, Password);
        Assert.False(string.IsNullOrEmpty(await host.TokenAsync(other, Password)));
    }

    [Fact]
    public async Task Successful_logins_take_nothing_from_the_bucket()
    {
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, Password);
        for (var i = 0; i < 6; i++)
        {
            Assert.False(string.IsNullOrEmpty(await host.TokenAsync(email, Password)));
        }
    }

    [Fact]
    public async Task Unknown_emails_are_limited_exactly_like_known_ones()
    {
        var unknown = AccountsHost.NewEmail();
        var answers = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await host.LoginAsync(unknown, "a wrong password")).Code());
        }

        Assert.Equal(["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "RATE_LIMITED"], answers);
    }

    [Fact]
    public async Task The_bucket_refills_over_the_window()
    {
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, Password);
        for (var i = 0; i < 3; i++)
        {
            await host.LoginAsync(email, "a wrong password");
        }

        Assert.Equal("RATE_LIMITED", (await host.LoginAsync(email, Password)).Code());

        // Move the bucket's last update one window into the past instead of waiting for it.
        var key = (await Servers.KeysAsync(host.Redis, host.KeyPrefix + ":ratelimit:login-account")).Single(k => k.EndsWith(SecretTokens.Sha256Hex(email), StringComparison.Ordinal));
        var db = host.Redis.GetDatabase();
        var at = double.Parse((string)(await db.HashGetAsync(key, "at"))!, System.Globalization.CultureInfo.InvariantCulture);
        await db.HashSetAsync(key, "at", (at - host.Options.LoginFailureWindow.TotalSeconds).ToString("R", System.Globalization.CultureInfo.InvariantCulture));

        Assert.False(string.IsNullOrEmpty(await host.TokenAsync(email, Password)));
    }

    [Fact]
    public async Task The_bucket_is_one_redis_hash_under_the_prefix_with_an_expiry()
    {
        var email = AccountsHost.NewEmail();
        await host.LoginAsync(email, "a wrong password");

        var keys = await Servers.KeysAsync(host.Redis, host.KeyPrefix + ":ratelimit:login-account");
        var key = Assert.Single(keys, k => k.EndsWith(SecretTokens.Sha256Hex(email), StringComparison.Ordinal));
        Assert.DoesNotContain(email, key);
        var ttl = await host.Redis.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.NotNull(ttl);
        Assert.True(ttl > TimeSpan.Zero);
    }
}

public sealed class AddressLoginRateLimitTests(AddressLimitedHost host) : IClassFixture<AddressLimitedHost>
{
    [Fact]
    public async Task Failures_across_different_emails_from_one_address_lock_that_address_out()
    {
        var answers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await host.LoginAsync(AccountsHost.NewEmail(), "a wrong password")).Code());
        }

        Assert.Equal(["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "RATE_LIMITED"], answers);
    }
}
