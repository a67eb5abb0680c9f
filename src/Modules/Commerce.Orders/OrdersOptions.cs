namespace Commerce.Orders;

/// <summary>Where the orders live and how the outbox dispatcher paces itself.</summary>
public sealed class OrdersOptions
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=15432;Username=postgres;Database=commerce";

    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>The PostgreSQL schema holding every table of the module (tests use one of their own).</summary>
    public string Schema { get; set; } = "orders";

    /// <summary>How often the dispatcher looks for due deliveries when nothing nudged it.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first retry delay of a failed delivery; each further failure doubles it up to <see cref="OutboxMaxBackoff"/>.</summary>
    public TimeSpan OutboxBaseBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan OutboxMaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    public int OutboxBatchSize { get; set; } = 50;

    /// <summary>False keeps the dispatcher from starting (tools and tests that only want the schema).</summary>
    public bool RunOutboxDispatcher { get; set; } = true;
}
