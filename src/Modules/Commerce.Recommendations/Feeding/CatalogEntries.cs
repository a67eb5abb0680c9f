namespace Commerce.Recommendations.Feeding;

/// <summary>What the graph keeps of a catalog product: its id, its name (for reading the graph by eye) and its category.</summary>
public sealed record ProductEntry(string Id, string Name, string CategoryId);

/// <summary>What the graph keeps of a category: its id, name and parent.</summary>
public sealed record CategoryEntry(string Id, string Name, string? ParentId);
