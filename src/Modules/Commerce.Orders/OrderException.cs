using Commerce.GraphQL;

namespace Commerce.Orders;

/// <summary>A refused operation with its error code; surfaces in the graph as a coded error.</summary>
public sealed class OrderException(string message, string code) : GraphQLException(message, code)
{
    public string Code { get; } = code;
}
