namespace Commerce.GraphQL.Types;

/// <summary>Placeholder; the type system lands next.</summary>
public sealed class Schema;
