using Commerce.GraphQL;

namespace Commerce.Accounts;

public sealed class RegisterInput
{
    public string Email { get; init; } = "";

    [GraphQLDescription("12 to 128 characters.")]
    public string Password { get; init; } = "";

    [GraphQLDescription("1 to 100 characters.")]
    public string Name { get; init; } = "";
}
