namespace Commerce.Drivers.Bolt.Exceptions;

/// <summary>Codes this driver raises itself, in the server's naming scheme.</summary>
internal static class ClientErrorCodes
{
    public const string TypeError = "Neo.ClientError.Statement.TypeError";
    public const string PoolAcquisitionTimeout = "Neo.ClientError.Driver.ConnectionAcquisitionTimeout";
    public const string ResultConsumed = "Neo.ClientError.Driver.ResultConsumed";
    public const string TransactionClosed = "Neo.ClientError.Driver.TransactionClosed";
    public const string Unsupported = "Neo.ClientError.Driver.Unsupported";
}
