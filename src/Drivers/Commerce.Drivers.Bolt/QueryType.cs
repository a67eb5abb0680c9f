namespace Commerce.Drivers.Bolt;

public enum QueryType
{
    Unknown,
    ReadOnly,
    ReadWrite,
    WriteOnly,
    SchemaWrite,
}
