using Microsoft.EntityFrameworkCore;

namespace Commerce.Accounts;

/// <summary>Creates the first admin (from configuration at start-up, or from a CLI verb).</summary>
public sealed class AccountsSeeder(AccountService accounts, IDbContextFactory<AccountsDbContext> contexts, TimeProvider clock)
{
    /// <summary>
    /// Makes sure an admin with this email exists: registers one, or promotes an existing account to admin
    /// (its password is left as it is). Idempotent.
    /// </summary>
    public async Task<Guid> EnsureAdminAsync(string email, string password, string name = "Administrator", CancellationToken cancellationToken = default)
    {
        var existing = await accounts.FindByEmailAsync(AccountInputRules.NormalizeEmail(email), cancellationToken);
        if (existing is null)
        {
            try
            {
                return (await accounts.RegisterAsync(email, password, name, Roles.Admin, cancellationToken)).Id;
            }
            catch (Commerce.GraphQL.GraphQLException e) when (e.Errors[0].Code == AccountErrorCodes.EmailTaken)
            {
                // Another instance created it meanwhile; fall through to promotion.
                existing = await accounts.FindByEmailAsync(AccountInputRules.NormalizeEmail(email), cancellationToken);
                if (existing is null)
                {
                    throw;
                }
            }
        }

        if (existing.Role != Roles.Admin)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow();
            await db.Users.Where(u => u.Id == existing.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Role, Roles.Admin).SetProperty(u => u.UpdatedAt, now), cancellationToken);
        }

        return existing.Id;
    }
}
