using Commerce.GraphQL;

namespace Commerce.Accounts;

[GraphQLDescription("A new session. Send the token as `Authorization: Bearer <token>`; each use extends the session.")]
public sealed record LoginPayload(
    [property: GraphQLDescription("256 random bits, base64url. Shown once; only its SHA-256 is stored.")] string Token,
    DateTimeOffset ExpiresAt,
    Account User);
