using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Commerce.Accounts.Tests.Infrastructure;
using Commerce.Drivers.Redis;

namespace Commerce.Accounts.Tests.Integration;

/// <summary>Register, login, me, logout and password changes through the real HTTP host, with Redis and PostgreSQL looked at directly.</summary>
public sealed class SessionLifecycleTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    private const string Password = "a perfectly fine password";

    private static string SessionKey(AccountsHost host, string token) =>
        host.KeyPrefix + ":session:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    [Fact]
    public async Task Register_login_me_and_logout()
    {
        var email = AccountsHost.NewEmail();
        var id = await host.RegisterAsync(email, Password, "Ann Example");

        var login = (await host.LoginAsync(email, Password)).Ok().GetProperty("login");
        var token = login.GetProperty("token").GetString()!;
        Assert.Equal(id, login.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal("customer", login.GetProperty("user").GetProperty("role").GetString());

        var me = await host.MeAsync(token);
        Assert.Equal(id, me.GetProperty("id").GetString());
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("Ann Example", me.GetProperty("name").GetString());

        var logout = await host.PostAsync("mutation { logout }", token: token);
        Assert.True(logout.Ok().GetProperty("logout").GetBoolean());
        Assert.Equal(JsonValueKind.Null, (await host.MeAsync(token)).ValueKind);
        Assert.False(await host.Redis.GetDatabase().KeyExistsAsync(SessionKey(host, token)));
    }

    [Fact]
    public async Task Token_is_256_random_bits_in_base64url_and_only_its_sha256_is_stored()
    {
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, Password);
        var token = await host.TokenAsync(email, Password);

        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        var key = SessionKey(host, token);
        var stored = (string?)await host.Redis.GetDatabase().StringGetAsync(key);
        Assert.NotNull(stored);
        Assert.DoesNotContain(token, stored);
        var keys = await Servers.KeysAsync(host.Redis, host.KeyPrefix);
        Assert.Contains(key, keys);
        Assert.DoesNotContain(keys, k => k.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_use_pushes_the_session_expiry_back_to_14_days()
    {
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, Password);
        var token = await host.TokenAsync(email, Password);
        var db = host.Redis.GetDatabase();
        var key = SessionKey(host, token);
        await db.KeyExpireAsync(key, TimeSpan.FromSeconds(100));

        await host.MeAsync(token);

        var ttl = await db.KeyTimeToLiveAsync(key);
        Assert.NotNull(ttl);
        Assert.True(ttl > TimeSpan.FromDays(13), $"TTL after use: {ttl}");
    }

    [Fact]
    public async Task Expired_unknown_and_garbage_tokens_are_anonymous_not_errors()
    {
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, Password);
        var token = await host.TokenAsync(email, Password);
        await host.Redis.GetDatabase().KeyDeleteAsync(SessionKey(host, token));

        foreach (var candidate in new[] { token, "garbage", "mk_nothing_here", new string('A', 43), "x y z", new string('b', 300) })
        {
            var response = await host.PostAsync("{ me { id } whoAmI { authenticated } }", token: candidate);
            var data = response.Ok();
            Assert.Equal(JsonValueKind.Null, data.GetProperty("me").ValueKind);
            Assert.False(data.GetProperty("whoAmI").GetProperty("authenticated").GetBoolean());
        }

        Assert.Equal(JsonValueKind.Null, (await host.MeAsync(null)).ValueKind);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_but_keeps_this_one()
    {
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, Password);
        var here = await host.TokenAsync(email, Password);
        var elsewhere = await host.TokenAsync(email, Password);
        var third = await host.TokenAsync(email, Password);
        const string newPassword = "an even better password";

        var change = await host.PostAsync(
            "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }",
            new { c = Password, n = newPassword }, here);

        Assert.True(change.Ok().GetProperty("changePassword").GetBoolean());
        Assert.Equal(email, (await host.MeAsync(here)).GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, (await host.MeAsync(elsewhere)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await host.MeAsync(third)).ValueKind);
        Assert.Equal("INVALID_CREDENTIALS", (await host.LoginAsync(email, Password)).Code());
        Assert.False(string.IsNullOrEmpty(await host.TokenAsync(email, newPassword)));
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_a_valid_new_one()
    {
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, Password);
        var token = await host.TokenAsync(email, Password);
        const string mutation = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";

        Assert.Equal("INVALID_CREDENTIALS", (await host.PostAsync(mutation, new { c = "not the password", n = "another fine password" }, token)).Code());
        Assert.Equal("VALIDATION_FAILED", (await host.PostAsync(mutation, new { c = Password, n = "short" }, token)).Code());
        Assert.Equal("UNAUTHENTICATED", (await host.PostAsync(mutation, new { c = Password, n = "another fine password" })).Code());
        Assert.False(string.IsNullOrEmpty(await host.TokenAsync(email, Password)));
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_byte_identical_answers()
    {
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, Password);

        var wrongPassword = await host.LoginAsync(email, "not the right password");
        var unknownEmail = await host.LoginAsync(AccountsHost.NewEmail(), "not the right password");

        Assert.Equal("INVALID_CREDENTIALS", wrongPassword.Code());
        Assert.Equal(wrongPassword.Status, unknownEmail.Status);
        Assert.Equal(wrongPassword.Text, unknownEmail.Text);
    }

    [Fact]
    public async Task Emails_are_unique_whatever_their_case()
    {
        var local = "case-" + Guid.NewGuid().ToString("N");
        await host.RegisterAsync(local + "@Example.org", Password);

        var again = await host.PostAsync(
            "mutation($input: RegisterInput!) { register(input: $input) { id } }",
            new { input = new { email = local.ToUpperInvariant() + "@EXAMPLE.ORG", password = Password, name = "Other" } });

        Assert.Equal("EMAIL_TAKEN", again.Code());
        Assert.Equal(1L, await host.ScalarAsync("SELECT count(*) FROM accounts.users WHERE lower(email) = lower($1)", local + "@example.org"));
        Assert.False(string.IsNullOrEmpty(await host.TokenAsync(local.ToUpperInvariant() + "@example.ORG", Password)));
    }

    [Fact]
    public async Task Invalid_registration_lists_every_bad_field_and_stores_nothing()
    {
        var response = await host.PostAsync(
            "mutation($input: RegisterInput!) { register(input: $input) { id } }",
            new { input = new { email = "not-an-email", password = "short", name = "" } });

        Assert.Equal("VALIDATION_FAILED", response.Code());
        var fields = response.FirstError.GetProperty("extensions").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("field").GetString()).ToList();
        Assert.Equal(["email", "password", "name"], fields);
        Assert.Equal(0L, await host.ScalarAsync("SELECT count(*) FROM accounts.users WHERE email = 'not-an-email'"));
    }

    [Fact]
    public async Task Passwords_of_129_characters_are_refused_and_128_accepted()
    {
        const string mutation = "mutation($input: RegisterInput!) { register(input: $input) { id } }";
        var tooLong = await host.PostAsync(mutation, new { input = new { email = AccountsHost.NewEmail(), password = new string('p', 129), name = "N" } });
        Assert.Equal("VALIDATION_FAILED", tooLong.Code());

        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, new string('p', 128));
        Assert.False(string.IsNullOrEmpty(await host.TokenAsync(email, new string('p', 128))));
    }

    [Fact]
    public async Task Stored_password_is_a_pbkdf2_sha256_hash_at_600000_iterations()
    {
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, Password);

        var stored = (string)(await host.ScalarAsync("SELECT password_hash FROM accounts.users WHERE email = $1", email))!;

        var parts = stored.Split('$');
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("600000", parts[1]);
        var expected = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Password), Convert.FromBase64String(parts[2]), 600_000, HashAlgorithmName.SHA256, 32);
        Assert.Equal(expected, Convert.FromBase64String(parts[3]));
        Assert.DoesNotContain(Password, stored);
    }

    [Fact]
    public async Task A_hash_with_an_older_iteration_count_is_upgraded_at_login()
    {
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, Password);
        await host.ScalarAsync("UPDATE accounts.users SET password_hash = $1 WHERE email = $2", new PasswordHasher(1000).Hash(Password), email);

        await host.TokenAsync(email, Password);

        var stored = (string)(await host.ScalarAsync("SELECT password_hash FROM accounts.users WHERE email = $1", email))!;
        Assert.StartsWith("pbkdf2-sha256$600000$", stored);
    }
}
