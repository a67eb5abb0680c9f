namespace Commerce.Drivers.Bolt;

/// <summary>Base of every error this driver raises; <see cref="Code"/> is the server's status code when the server sent one.</summary>
public class Neo4jException : Exception
{
    public Neo4jException(string message, Exception? inner = null) : base(message, inner) { }

    public Neo4jException(string code, string message, Exception? inner = null) : base(message, inner) => Code = code;

    public string? Code { get; }

    /// <summary>Whether running the same unit of work again may succeed.</summary>
    public virtual bool IsRetriable => false;

    /// <summary>Maps a FAILURE's code to the exception family the official drivers use.</summary>
    public static Neo4jException FromServer(string code, string message)
    {
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
            return code.EndsWith(".Unauthorized", StringComparison.Ordinal)
                ? new AuthenticationException(code, message)
                : new SecurityException(code, message);
        if (code.StartsWith("Neo.ClientError.", StringComparison.Ordinal)) return new ClientException(code, message);
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
        {
            // Both mean a person or the server stopped the transaction on purpose: retrying is wrong.
            return code is "Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped"
                ? new ClientException(code, message)
                : new TransientException(code, message);
        }
        if (code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal)) return new DatabaseException(code, message);
        return new Neo4jException(code, message);
    }
}
