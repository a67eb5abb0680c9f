using Commerce.GraphQL;

namespace Commerce.Accounts;

[GraphQLName("User")]
[GraphQLDescription("A signed-up person (never its password hash).")]
public sealed record Account(
    [property: ID] Guid Id,
    string Email,
    string Name,
    [property: GraphQLDescription("customer, admin or marketing.")] string Role,
    DateTimeOffset CreatedAt)
{
    public static Account From(UserRecord user) => new(user.Id, user.Email, user.Name, user.Role, user.CreatedAt);
}
