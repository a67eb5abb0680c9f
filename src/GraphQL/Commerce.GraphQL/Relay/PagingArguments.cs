namespace Commerce.GraphQL.Relay;

/// <summary>The four arguments of a paged field, as the client gave them.</summary>
public readonly record struct PagingArguments(int? First, string? After, int? Last, string? Before);
