using System.Text.Json;

namespace Commerce.Catalog.Tests.Infrastructure;

public sealed record GraphQLResponse(int Status, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public JsonElement FirstError => Body.GetProperty("errors")[0];

    public string? ErrorCode => HasErrors && FirstError.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
        ? code.GetString()
        : null;

    /// <summary>The data, after asserting there were no errors.</summary>
    public JsonElement Ok()
    {
        Assert.False(HasErrors, Body.ToString());
        return Data;
    }

    public long MongoRoundTrips => RoundTrips("mongo");

    public long RedisRoundTrips => RoundTrips("redis");

    public long RoundTrips(string store) => Body.GetProperty("extensions").GetProperty("tracing").GetProperty(store).GetProperty("roundTrips").GetInt64();
}
