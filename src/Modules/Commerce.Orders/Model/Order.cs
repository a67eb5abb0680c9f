using System.Text.Json;
using Commerce.GraphQL;

namespace Commerce.Orders;

[GraphQLDescription("An order placed at checkout, with the amounts fixed at that moment.")]
public sealed class Order
{
    [ID]
    public Guid Id { get; set; }

    [GraphQLDescription("Human-readable, unique order number such as CG-2026-000123.")]
    public string Number { get; set; } = "";

    [ID]
    public Guid CustomerId { get; set; }

    public OrderStatus Status { get; set; }

    public decimal Subtotal { get; set; }

    public decimal Tax { get; set; }

    public decimal Shipping { get; set; }

    public decimal Discount { get; set; }

    public decimal Total { get; set; }

    public string Currency { get; set; } = "";

    [GraphQLIgnore]
    public string ShippingAddressJson { get; set; } = "{}";

    [GraphQLIgnore]
    public string BillingAddressJson { get; set; } = "{}";

    [GraphQLIgnore]
    public string IdempotencyKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Address ShippingAddress => JsonSerializer.Deserialize<Address>(ShippingAddressJson, AddressJson.Options)!;

    public Address BillingAddress => JsonSerializer.Deserialize<Address>(BillingAddressJson, AddressJson.Options)!;
}
