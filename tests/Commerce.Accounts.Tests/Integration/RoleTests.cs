using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Commerce.Accounts.Tests.Infrastructure;

namespace Commerce.Accounts.Tests.Integration;

/// <summary>Customer, admin (the configured bootstrap admin) and marketing (API key) as the ClaimsPrincipal sees them.</summary>
public sealed class RoleTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    private const string CreateKey = "mutation($n: String!) { createApiKey(name: $n) { key apiKey { id name prefix role } } }";

    [Fact]
    public async Task The_bootstrap_admin_from_configuration_exists_and_is_an_admin()
    {
        Assert.Equal("admin", await host.ScalarAsync("SELECT role FROM accounts.users WHERE email = $1", host.AdminEmail));

        var token = await host.TokenAsync(host.AdminEmail, AccountsHost.AdminPassword);
        var who = (await host.PostAsync("{ whoAmI { authenticated isAdmin isCustomer isMarketing } me { role } }", token: token)).Ok();

        Assert.True(who.GetProperty("whoAmI").GetProperty("isAdmin").GetBoolean());
        Assert.False(who.GetProperty("whoAmI").GetProperty("isCustomer").GetBoolean());
        Assert.Equal("admin", who.GetProperty("me").GetProperty("role").GetString());
    }

    [Fact]
    public async Task EnsureAdmin_is_idempotent_and_promotes_an_existing_customer()
    {
        var seeder = (AccountsSeeder)host.Services.GetService(typeof(AccountsSeeder))!;
        var first = await seeder.EnsureAdminAsync(host.AdminEmail, AccountsHost.AdminPassword);
        var second = await seeder.EnsureAdminAsync(host.AdminEmail.ToUpperInvariant(), "whatever else entirely");
        Assert.Equal(first, second);

        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, "customer password 1");
        await seeder.EnsureAdminAsync(email, "ignored for existing accounts");
        Assert.Equal("admin", await host.ScalarAsync("SELECT role FROM accounts.users WHERE email = $1", email));
    }

    [Fact]
    public async Task A_customer_is_a_customer_and_may_not_create_api_keys()
    {
        var email = AccountsHost.NewEmail();
        var id = await host.RegisterAsync(email, "customer password 1");
        var token = await host.TokenAsync(email, "customer password 1");

        var who = (await host.PostAsync("{ whoAmI { userId email isCustomer isAdmin isMarketing } }", token: token)).Ok().GetProperty("whoAmI");
        Assert.Equal(id, who.GetProperty("userId").GetString());
        Assert.Equal(email, who.GetProperty("email").GetString());
        Assert.True(who.GetProperty("isCustomer").GetBoolean());
        Assert.False(who.GetProperty("isAdmin").GetBoolean());

        Assert.Equal("FORBIDDEN", (await host.PostAsync(CreateKey, new { n = "tool" }, token)).Code());
        Assert.Equal("UNAUTHENTICATED", (await host.PostAsync(CreateKey, new { n = "tool" })).Code());
    }

    [Fact]
    public async Task An_admin_creates_an_api_key_that_signs_in_as_marketing_and_is_stored_only_hashed()
    {
        var admin = await host.TokenAsync(host.AdminEmail, AccountsHost.AdminPassword);

        var created = (await host.PostAsync(CreateKey, new { n = "Newsletter tool" }, admin)).Ok().GetProperty("createApiKey");
        var key = created.GetProperty("key").GetString()!;
        var prefix = created.GetProperty("apiKey").GetProperty("prefix").GetString()!;
        Assert.Equal("marketing", created.GetProperty("apiKey").GetProperty("role").GetString());
        Assert.StartsWith("mk_" + prefix + "_", key);

        var who = (await host.PostAsync("{ whoAmI { authenticated isMarketing isAdmin isCustomer } me { id } }", token: key)).Ok();
        Assert.True(who.GetProperty("whoAmI").GetProperty("isMarketing").GetBoolean());
        Assert.False(who.GetProperty("whoAmI").GetProperty("isAdmin").GetBoolean());
        Assert.Equal(JsonValueKind.Null, who.GetProperty("me").ValueKind);

        var storedHash = (byte[])(await host.ScalarAsync("SELECT key_hash FROM accounts.api_keys WHERE prefix = $1", prefix))!;
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), storedHash);
        var secret = key[(key.IndexOf('_', 3) + 1)..];
        Assert.Equal(0L, await host.ScalarAsync(
            "SELECT count(*) FROM accounts.api_keys WHERE name LIKE '%' || $1 || '%' OR prefix LIKE '%' || $1 || '%'", secret));

        // A marketing key is not an admin: it may not mint more keys.
        Assert.Equal("FORBIDDEN", (await host.PostAsync(CreateKey, new { n = "more" }, key)).Code());
    }

    [Fact]
    public async Task A_tampered_or_revoked_api_key_is_anonymous()
    {
        var admin = await host.TokenAsync(host.AdminEmail, AccountsHost.AdminPassword);
        var created = (await host.PostAsync(CreateKey, new { n = "Short-lived" }, admin)).Ok().GetProperty("createApiKey");
        var key = created.GetProperty("key").GetString()!;
        var tampered = key[..^1] + (key[^1] == 'A' ? 'B' : 'A');

        Assert.False((await host.PostAsync("{ whoAmI { authenticated } }", token: tampered)).Ok().GetProperty("whoAmI").GetProperty("authenticated").GetBoolean());

        await host.ScalarAsync("UPDATE accounts.api_keys SET revoked_at = now() WHERE prefix = $1", created.GetProperty("apiKey").GetProperty("prefix").GetString()!);
        Assert.False((await host.PostAsync("{ whoAmI { authenticated } }", token: key)).Ok().GetProperty("whoAmI").GetProperty("authenticated").GetBoolean());
    }
}
