namespace Commerce.Drivers.Mongo.Sessions;

/// <summary>The client-side transaction states of the Transactions specification.</summary>
internal enum TransactionState
{
    None,
    Starting,
    InProgress,
    Committed,
    Aborted,
}
