namespace Commerce.Drivers.Cql;

/// <summary>Base of every exception the driver throws.</summary>
public class DriverException : Exception
{
    public DriverException(string message, Exception? innerException = null) : base(message, innerException) { }
}
