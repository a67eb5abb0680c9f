using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>
/// The EF Core model of the orders schema. The schema itself comes from the SQL migrations (the design-time
/// package cannot be restored); this maps onto it column by column.
/// </summary>
public sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options, string schema) : DbContext(options)
{
    public string Schema { get; } = schema;

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<StockLevel> StockLevels => Set<StockLevel>();

    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();

    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.HasDefaultSchema(Schema);

        model.Entity<Order>(e =>
        {
            e.ToTable("orders");
            e.HasKey(o => o.Id);
            e.Property(o => o.Id).HasColumnName("id");
            e.Property(o => o.Number).HasColumnName("number");
            e.Property(o => o.CustomerId).HasColumnName("customer_id");
            e.Property(o => o.Status).HasColumnName("status").HasConversion(s => StatusNames.Of(s), s => StatusNames.OrderStatus(s));
            e.Property(o => o.Subtotal).HasColumnName("subtotal").HasColumnType("numeric(12,2)");
            e.Property(o => o.Tax).HasColumnName("tax").HasColumnType("numeric(12,2)");
            e.Property(o => o.Shipping).HasColumnName("shipping").HasColumnType("numeric(12,2)");
            e.Property(o => o.Discount).HasColumnName("discount").HasColumnType("numeric(12,2)");
            e.Property(o => o.Total).HasColumnName("total").HasColumnType("numeric(12,2)");
            e.Property(o => o.Currency).HasColumnName("currency").HasColumnType("char(3)");
            e.Property(o => o.ShippingAddressJson).HasColumnName("shipping_address").HasColumnType("jsonb");
            e.Property(o => o.BillingAddressJson).HasColumnName("billing_address").HasColumnType("jsonb");
            e.Property(o => o.IdempotencyKey).HasColumnName("idempotency_key");
            e.Property(o => o.CreatedAt).HasColumnName("created_at");
            e.Property(o => o.UpdatedAt).HasColumnName("updated_at");
            e.Ignore(o => o.ShippingAddress);
            e.Ignore(o => o.BillingAddress);
        });

        model.Entity<OrderLine>(e =>
        {
            e.ToTable("order_lines");
            e.HasKey(l => l.Id);
            e.Property(l => l.Id).HasColumnName("id").UseIdentityAlwaysColumn();
            e.Property(l => l.OrderId).HasColumnName("order_id");
            e.Property(l => l.Position).HasColumnName("position");
            e.Property(l => l.ProductId).HasColumnName("product_id");
            e.Property(l => l.VariantSku).HasColumnName("variant_sku");
            e.Property(l => l.Name).HasColumnName("name");
            e.Property(l => l.UnitPrice).HasColumnName("unit_price").HasColumnType("numeric(12,2)");
            e.Property(l => l.Quantity).HasColumnName("quantity");
            e.Property(l => l.LineTotal).HasColumnName("line_total").HasColumnType("numeric(12,2)");
        });

        model.Entity<Payment>(e =>
        {
            e.ToTable("payments");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).HasColumnName("id");
            e.Property(p => p.OrderId).HasColumnName("order_id");
            e.Property(p => p.Method).HasColumnName("method");
            e.Property(p => p.Gateway).HasColumnName("gateway");
            e.Property(p => p.GatewayTransactionId).HasColumnName("gateway_transaction_id");
            e.Property(p => p.Amount).HasColumnName("amount").HasColumnType("numeric(12,2)");
            e.Property(p => p.CapturedAmount).HasColumnName("captured_amount").HasColumnType("numeric(12,2)");
            e.Property(p => p.RefundedAmount).HasColumnName("refunded_amount").HasColumnType("numeric(12,2)");
            e.Property(p => p.Currency).HasColumnName("currency").HasColumnType("char(3)");
            e.Property(p => p.Status).HasColumnName("status").HasConversion(s => StatusNames.Of(s), s => StatusNames.PaymentStatus(s));
            e.Property(p => p.IdempotencyKey).HasColumnName("idempotency_key");
            e.Property(p => p.CreatedAt).HasColumnName("created_at");
            e.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        });

        model.Entity<Refund>(e =>
        {
            e.ToTable("refunds");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasColumnName("id");
            e.Property(r => r.PaymentId).HasColumnName("payment_id");
            e.Property(r => r.OrderId).HasColumnName("order_id");
            e.Property(r => r.Amount).HasColumnName("amount").HasColumnType("numeric(12,2)");
            e.Property(r => r.Currency).HasColumnName("currency").HasColumnType("char(3)");
            e.Property(r => r.Reason).HasColumnName("reason");
            e.Property(r => r.GatewayTransactionId).HasColumnName("gateway_transaction_id");
            e.Property(r => r.CreatedAt).HasColumnName("created_at");
            e.Property(r => r.IdempotencyKey).HasColumnName("idempotency_key");
        });

        model.Entity<StockLevel>(e =>
        {
            e.ToTable("stock_levels");
            e.HasKey(s => s.Sku);
            e.Property(s => s.Sku).HasColumnName("sku");
            e.Property(s => s.Quantity).HasColumnName("quantity");
            e.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        });

        model.Entity<StockMovement>(e =>
        {
            e.ToTable("stock_movements");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasColumnName("id").UseIdentityAlwaysColumn();
            e.Property(s => s.Sku).HasColumnName("sku");
            e.Property(s => s.Delta).HasColumnName("delta");
            e.Property(s => s.Reason).HasColumnName("reason");
            e.Property(s => s.OrderId).HasColumnName("order_id");
            e.Property(s => s.CreatedAt).HasColumnName("created_at");
        });

        model.Entity<OutboxRow>(e =>
        {
            e.ToTable("outbox");
            e.HasKey(o => o.Id);
            e.Property(o => o.Id).HasColumnName("id").UseIdentityAlwaysColumn();
            e.Property(o => o.AggregateId).HasColumnName("aggregate_id");
            e.Property(o => o.Type).HasColumnName("type");
            e.Property(o => o.Payload).HasColumnName("payload").HasColumnType("jsonb");
            e.Property(o => o.CreatedAt).HasColumnName("created_at");
        });

        model.Entity<OutboxDelivery>(e =>
        {
            e.ToTable("outbox_deliveries");
            e.HasKey(d => new { d.OutboxId, d.Handler });
            e.Property(d => d.OutboxId).HasColumnName("outbox_id");
            e.Property(d => d.Handler).HasColumnName("handler");
            e.Property(d => d.Attempts).HasColumnName("attempts");
            e.Property(d => d.NextAttemptAt).HasColumnName("next_attempt_at");
            e.Property(d => d.DeliveredAt).HasColumnName("delivered_at");
            e.Property(d => d.LastError).HasColumnName("last_error");
        });
    }
}
