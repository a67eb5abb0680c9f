using Commerce.GraphQL;
using Commerce.GraphQL.Execution;

namespace Commerce.Accounts;

[QueryType]
public sealed class AccountQueries
{
    [GraphQLDescription("The signed-in user; null when anonymous (or signed in with an API key).")]
    public async Task<Account?> GetMeAsync(IResolverContext context, [Service] AccountService accounts)
    {
        if (AccountContext.UserId(context) is not { } id)
        {
            return null;
        }

        var user = await accounts.FindByIdAsync(id, context.RequestAborted);
        return user is null ? null : Account.From(user);
    }
}
