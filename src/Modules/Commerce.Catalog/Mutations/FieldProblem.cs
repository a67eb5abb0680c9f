namespace Commerce.Catalog;

/// <summary>What is wrong with one input field, by its path in the input (e.g. <c>variants[1].sku</c>).</summary>
public sealed record FieldProblem(string Field, string Message);
