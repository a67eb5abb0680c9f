using Commerce.GraphQL;

namespace Commerce.Orders;

[GraphQLDescription("A line of an order: the product as it was sold (name and price at purchase).")]
public sealed class OrderLine
{
    [GraphQLIgnore]
    public long Id { get; set; }

    [GraphQLIgnore]
    public Guid OrderId { get; set; }

    [GraphQLIgnore]
    public int Position { get; set; }

    [ID]
    public string ProductId { get; set; } = "";

    public string VariantSku { get; set; } = "";

    public string Name { get; set; } = "";

    public decimal UnitPrice { get; set; }

    public int Quantity { get; set; }

    public decimal LineTotal { get; set; }
}
