namespace Commerce.Drivers.Bolt;

public enum AccessMode
{
    Write,
    Read,
}
