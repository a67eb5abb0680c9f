namespace Commerce.Recommendations.Feeding;

/// <summary>One line of a placed order as the graph needs it.</summary>
public sealed record OrderLine(string ProductId, int Quantity);
