using System.Data.Common;

namespace Commerce.Orders;

/// <summary>Reads order rows selected with <see cref="Columns"/> (the paging queries bypass EF to batch the count).</summary>
internal static class OrderReader
{
    public const string Columns = "id, number, customer_id, status, subtotal, tax, shipping, discount, total, currency, shipping_address::text, billing_address::text, idempotency_key, created_at, updated_at";

    public static Order Read(DbDataReader reader) => new()
    {
        Id = reader.GetGuid(0),
        Number = reader.GetString(1),
        CustomerId = reader.GetGuid(2),
        Status = StatusNames.OrderStatus(reader.GetString(3)),
        Subtotal = reader.GetDecimal(4),
        Tax = reader.GetDecimal(5),
        Shipping = reader.GetDecimal(6),
        Discount = reader.GetDecimal(7),
        Total = reader.GetDecimal(8),
        Currency = reader.GetString(9),
        ShippingAddressJson = reader.GetString(10),
        BillingAddressJson = reader.GetString(11),
        IdempotencyKey = reader.GetString(12),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(13),
        UpdatedAt = reader.GetFieldValue<DateTimeOffset>(14),
    };
}
