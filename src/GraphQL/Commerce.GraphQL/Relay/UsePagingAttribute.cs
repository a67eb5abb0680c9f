namespace Commerce.GraphQL;

/// <summary>
/// Turns a resolver that returns a list into a cursor connection: adds <c>first</c>, <c>after</c>, <c>last</c>
/// and <c>before</c> arguments and pages the list with opaque cursors.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class UsePagingAttribute : Attribute
{
    public int DefaultPageSize { get; set; } = 10;

    public int MaxPageSize { get; set; } = 50;
}
