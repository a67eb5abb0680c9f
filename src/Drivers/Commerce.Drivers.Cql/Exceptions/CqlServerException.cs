namespace Commerce.Drivers.Cql;

/// <summary>An ERROR message from the server (section 9); subclasses carry each code's extra fields.</summary>
public class CqlServerException : DriverException
{
    public CqlServerException(int errorCode, string message) : base(message)
    {
        ErrorCode = errorCode;
    }

    /// <summary>The protocol error code, e.g. 0x2000 for a syntax error.</summary>
    public int ErrorCode { get; }
}
