using System.Runtime.InteropServices;

namespace Commerce.Drivers.Bolt.Protocol;

/// <summary>The bolt_agent entry of HELLO (5.3+): identifies the driver, never the machine or user.</summary>
internal static class BoltAgent
{
    public const string Product = "Commerce.Drivers.Bolt/1.0";

    public static IReadOnlyDictionary<string, object?> Describe() => new Dictionary<string, object?>
    {
        ["product"] = Product,
        ["platform"] = $"{RuntimeInformation.OSDescription}; {RuntimeInformation.OSArchitecture}",
        ["language"] = "C#/13",
        ["language_details"] = RuntimeInformation.FrameworkDescription,
    };
}
