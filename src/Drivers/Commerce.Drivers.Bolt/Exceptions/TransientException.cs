namespace Commerce.Drivers.Bolt;

/// <summary>A temporary condition (deadlock, leader switch...): the same work may succeed when retried.</summary>
public sealed class TransientException(string code, string message) : Neo4jException(code, message)
{
    public override bool IsRetriable => true;
}
