namespace Commerce.Drivers.Bolt;

public class SecurityException(string code, string message) : ClientException(code, message);
