namespace Commerce.Drivers.Cql;

/// <summary>The &lt;type&gt; byte of a BATCH (4.1.7).</summary>
public enum BatchType : byte
{
    Logged = 0,
    Unlogged = 1,
    Counter = 2,
}
