namespace Commerce.Drivers.Bolt;

/// <summary>Credentials as the auth dictionary of INIT, HELLO or LOGON.</summary>
public interface IAuthToken
{
    IReadOnlyDictionary<string, object?> Entries { get; }
}
