namespace Commerce.Drivers.Mongo;

public sealed record ServerAddress(string Host, int Port = ServerAddress.DefaultPort)
{
    public const int DefaultPort = 27017;

    public override string ToString() => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
