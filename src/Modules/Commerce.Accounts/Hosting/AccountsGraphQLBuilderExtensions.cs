using Commerce.Accounts;
using Commerce.GraphQL.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

public static class AccountsGraphQLBuilderExtensions
{
    /// <summary>Adds <c>me</c>, <c>register</c>, <c>login</c>, <c>logout</c>, <c>changePassword</c> and <c>createApiKey</c>.</summary>
    public static GraphQLServerBuilder AddAccountsTypes(this GraphQLServerBuilder builder) =>
        builder.ConfigureSchema(schema => schema
            .AddTypeExtension<AccountQueries>()
            .AddTypeExtension<AccountMutations>());
}
