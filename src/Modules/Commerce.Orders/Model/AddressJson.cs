using System.Text.Json;

namespace Commerce.Orders;

/// <summary>Addresses are stored as camelCase JSON documents (jsonb).</summary>
internal static class AddressJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(Address address) => JsonSerializer.Serialize(address, Options);
}
