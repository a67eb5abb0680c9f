using Commerce.GraphQL;

namespace Commerce.Orders;

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed class OrderFilterInput
{
    public OrderStatus? Status { get; init; }
}

public sealed class OrderSortInput
{
    [GraphQLDescription("Default DESC: newest first.")]
    public SortDirection? CreatedAt { get; init; }
}

/// <summary>One page request: whose orders (null = everyone's, for admins), which status, which direction.</summary>
public sealed record OrderListing(Guid? CustomerId, OrderStatus? Status, SortDirection Direction, int First, string? After)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
