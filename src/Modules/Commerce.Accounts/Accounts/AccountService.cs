using Commerce.GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Accounts;

/// <summary>Registration, login and password changes against <c>accounts.users</c> and the session store.</summary>
public sealed class AccountService(
    IDbContextFactory<AccountsDbContext> contexts,
    PasswordHasher hasher,
    SessionStore sessions,
    LoginThrottle throttle,
    IEnumerable<ILoginListener> listeners,
    TimeProvider clock,
    ILogger<AccountService> logger)
{
    private const string InvalidCredentialsMessage = "The email or password is wrong.";

    public async Task<UserRecord> RegisterAsync(string email, string password, string name, string role, CancellationToken cancellationToken)
    {
        new AccountValidation()
            .Check("email", AccountInputRules.Email(email))
            .Check("password", AccountInputRules.Password(password))
            .Check("name", AccountInputRules.Name(name))
            .ThrowIfInvalid();

        var now = clock.GetUtcNow();
        var user = new UserRecord
        {
            Id = Guid.CreateVersion7(),
            Email = email.Trim(),
            Name = name.Trim(),
            Role = role,
            PasswordHash = hasher.Hash(password),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new GraphQLException("An account with this email already exists.", AccountErrorCodes.EmailTaken);
        }

        return user;
    }

    public async Task<LoginPayload> LoginAsync(string email, string password, string client, string? guestCartId, CancellationToken cancellationToken)
    {
        var normalized = AccountInputRules.NormalizeEmail(email);
        var wait = await RedisGuard.RunAsync(() => throttle.CheckAsync(normalized, client, cancellationToken));
        if (wait > TimeSpan.Zero)
        {
            throw RateLimited(wait);
        }

        var user = await FindByEmailAsync(normalized, cancellationToken);
        var check = PasswordCheck.Failed;
        if (user is null || password.Length > AccountInputRules.MaxPasswordLength)
        {
            // The same work as a wrong password, so timing does not tell whether the email exists.
            hasher.VerifyNothing(password.Length > AccountInputRules.MaxPasswordLength ? password[..AccountInputRules.MaxPasswordLength] : password);
        }
        else
        {
            check = hasher.Verify(password, user.PasswordHash);
        }

        if (user is null || check == PasswordCheck.Failed)
        {
            await throttle.RecordFailureAsync(normalized, client, cancellationToken);
            throw new GraphQLException(InvalidCredentialsMessage, AccountErrorCodes.InvalidCredentials);
        }

        if (check == PasswordCheck.SucceededNeedsRehash)
        {
            await UpdatePasswordHashAsync(user.Id, hasher.Hash(password), cancellationToken);
        }

        var (token, session) = await sessions.CreateAsync(user.Id, user.Email, user.Role, cancellationToken);
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnLoggedInAsync(user.Id, guestCartId, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "A login listener failed for user {UserId}", user.Id);
            }
        }

        return new LoginPayload(token, session.CreatedAt + sessions.Lifetime, Account.From(user));
    }

    /// <summary>Checks the current password, stores the new one, and ends every other session of the user.</summary>
    public async Task ChangePasswordAsync(Session session, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        new AccountValidation().Check("newPassword", AccountInputRules.Password(newPassword)).ThrowIfInvalid();
        var user = await FindByIdAsync(session.UserId, cancellationToken)
            ?? throw new GraphQLException("The account no longer exists.", AccountErrorCodes.Unauthenticated);
        if (currentPassword.Length > AccountInputRules.MaxPasswordLength || hasher.Verify(currentPassword, user.PasswordHash) == PasswordCheck.Failed)
        {
            throw new GraphQLException("The current password is wrong.", AccountErrorCodes.InvalidCredentials);
        }

        await UpdatePasswordHashAsync(user.Id, hasher.Hash(newPassword), cancellationToken);
        await sessions.EndAllAsync(user.Id, keepSessionId: session.Id, cancellationToken);
    }

    public async Task<UserRecord?> FindByIdAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
    }

    public async Task<UserRecord?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email.ToLower() == normalizedEmail, cancellationToken);
    }

    private async Task UpdatePasswordHashAsync(Guid userId, string hash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, hash).SetProperty(u => u.UpdatedAt, now), cancellationToken);
    }

    public static GraphQLException RateLimited(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        return new GraphQLException(new GraphQLError(
            $"Too many failed logins; try again in {seconds} s.",
            extensions: new Dictionary<string, object?> { ["code"] = AccountErrorCodes.RateLimited, ["retryAfterSeconds"] = seconds }));
    }
}
