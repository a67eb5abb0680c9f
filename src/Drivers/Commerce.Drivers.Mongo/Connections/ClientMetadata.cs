using System.Runtime.InteropServices;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>The <c>client</c> document of the handshake (MongoDB Handshake spec); the server logs it per connection.</summary>
internal static class ClientMetadata
{
    public const string DriverName = "Commerce.Drivers.Mongo";

    public static BsonDocument Create(string? applicationName)
    {
        var document = new BsonDocument();
        if (!string.IsNullOrEmpty(applicationName))
        {
            document.Add("application", new BsonDocument("name", applicationName));
        }

        document.Add("driver", new BsonDocument
        {
            { "name", DriverName },
            { "version", typeof(ClientMetadata).Assembly.GetName().Version?.ToString() ?? "0.0" },
        });
        document.Add("os", new BsonDocument
        {
            { "type", OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsMacOS() ? "Darwin" : "Unknown" },
            { "architecture", RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant() },
        });
        document.Add("platform", RuntimeInformation.FrameworkDescription);
        return document;
    }
}
