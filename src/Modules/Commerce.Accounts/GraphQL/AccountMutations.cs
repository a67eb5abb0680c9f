using Commerce.GraphQL;
using Commerce.GraphQL.Execution;

namespace Commerce.Accounts;

[MutationType]
public sealed class AccountMutations
{
    [GraphQLDescription("Creates a customer account. VALIDATION_FAILED lists each bad field; EMAIL_TAKEN when the email (in any case) has an account.")]
    public async Task<Account> RegisterAsync(RegisterInput input, IResolverContext context, [Service] AccountService accounts) =>
        Account.From(await accounts.RegisterAsync(input.Email, input.Password, input.Name, Roles.Customer, context.RequestAborted));

    [GraphQLDescription("Starts a session. INVALID_CREDENTIALS for an unknown email or a wrong password alike; RATE_LIMITED after repeated failures. A guest `cartId` is merged into the user's cart.")]
    public Task<LoginPayload> LoginAsync(string email, string password, IResolverContext context, [Service] AccountService accounts, [ID] string? cartId = null)
    {
        var client = AccountContext.Http(context) is { } http ? ClientIdentity.Address(http) : "unknown";
        return accounts.LoginAsync(email, password, client, cartId, context.RequestAborted);
    }

    [GraphQLDescription("Ends the current session; false when there was none.")]
    public async Task<bool> LogoutAsync(IResolverContext context, [Service] SessionStore sessions)
    {
        if (AccountContext.UserId(context) is null)
        {
            return false;
        }

        await sessions.EndAsync(AccountContext.RequireSession(context), context.RequestAborted);
        return true;
    }

    [GraphQLDescription("Replaces the password and ends every other session of the user (this one stays). INVALID_CREDENTIALS when `currentPassword` is wrong.")]
    public async Task<bool> ChangePasswordAsync(string currentPassword, string newPassword, IResolverContext context, [Service] AccountService accounts)
    {
        await accounts.ChangePasswordAsync(AccountContext.RequireSession(context), currentPassword, newPassword, context.RequestAborted);
        return true;
    }

    [GraphQLDescription("Creates an API key with the marketing role (admins only). The key is in the answer once and never again.")]
    public async Task<ApiKeyPayload> CreateApiKeyAsync(string name, IResolverContext context, [Service] ApiKeyService apiKeys)
    {
        AccountContext.RequireRole(context, Roles.Admin);
        var admin = AccountContext.RequireUserId(context);
        new AccountValidation().Check("name", AccountInputRules.Name(name)).ThrowIfInvalid();
        var (key, record) = await apiKeys.CreateAsync(name.Trim(), admin, context.RequestAborted);
        return new ApiKeyPayload(key, ApiKey.From(record));
    }
}
