namespace Commerce.Drivers.Bolt;

public sealed class AuthenticationException(string code, string message) : SecurityException(code, message);
