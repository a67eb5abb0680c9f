namespace Commerce.Drivers.Bolt;

/// <summary>The request was wrong (syntax, constraint, type...): retrying it unchanged fails again.</summary>
public class ClientException : Neo4jException
{
    public ClientException(string message, Exception? inner = null) : base(message, inner) { }

    public ClientException(string code, string message, Exception? inner = null) : base(code, message, inner) { }
}
