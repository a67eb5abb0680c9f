namespace Commerce.Orders;

/// <summary>An order as other modules replay it: who placed it, when, what is left of it (its status), and its lines.</summary>
public sealed record OrderHistoryEntry(Guid Id, string Number, Guid CustomerId, OrderStatus Status, DateTimeOffset CreatedAt, IReadOnlyList<OrderHistoryLine> Lines);

/// <summary>One line of a historic order, in its position.</summary>
public sealed record OrderHistoryLine(string ProductId, string VariantSku, int Quantity);
