namespace Commerce.Drivers.Bolt;

/// <summary>No connection could be made or kept to the server.</summary>
public sealed class ServiceUnavailableException(string message, Exception? inner = null) : Neo4jException(message, inner)
{
    public override bool IsRetriable => true;
}
