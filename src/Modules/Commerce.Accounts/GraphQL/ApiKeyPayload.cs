using Commerce.GraphQL;

namespace Commerce.Accounts;

[GraphQLDescription("A marketing API key as stored (without the secret).")]
public sealed record ApiKey([property: ID] Guid Id, string Name, string Prefix, string Role, DateTimeOffset CreatedAt)
{
    public static ApiKey From(ApiKeyRecord record) => new(record.Id, record.Name, record.Prefix, record.Role, record.CreatedAt);
}

[GraphQLDescription("A new API key: `key` is shown this once and cannot be recovered.")]
public sealed record ApiKeyPayload(string Key, ApiKey ApiKey);
