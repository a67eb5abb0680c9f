namespace Commerce.Orders;

/// <summary>Why a stock level moved (the ledger's reason column).</summary>
public static class StockReasons
{
    public const string Checkout = "checkout";
    public const string Cancel = "cancel";
    public const string Set = "set";
    public const string Adjust = "adjust";
}
