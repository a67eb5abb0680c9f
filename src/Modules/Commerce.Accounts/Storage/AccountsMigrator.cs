namespace Commerce.Accounts;

/// <summary>The accounts schema's migrations (<c>Migrations/*.sql</c>, embedded), applied in file-name order.</summary>
public sealed class AccountsMigrator(AccountsOptions options)
    : SqlMigrator(options.ConnectionString, AccountsDbContext.Schema, SqlMigrator.FromEmbeddedResources(typeof(AccountsMigrator).Assembly, "Commerce.Accounts.Migrations."));
