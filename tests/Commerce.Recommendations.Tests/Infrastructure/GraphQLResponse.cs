using System.Text.Json;

namespace Commerce.Recommendations.Tests.Infrastructure;

public sealed record GraphQLResponse(int Status, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public IEnumerable<JsonElement> Errors => HasErrors ? Body.GetProperty("errors").EnumerateArray() : [];

    public IEnumerable<string?> ErrorCodes => Errors.Select(e =>
        e.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null);

    /// <summary>The data, after asserting there were no errors.</summary>
    public JsonElement Ok()
    {
        Assert.False(HasErrors, Body.ToString());
        return Data;
    }

    public long RoundTrips(string store) =>
        Body.GetProperty("extensions").GetProperty("tracing").TryGetProperty(store, out var entry)
            ? entry.GetProperty("roundTrips").GetInt64()
            : 0;
}
