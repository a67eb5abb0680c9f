using System.Text.Json;

namespace Commerce.Analytics.Tests.Infrastructure;

public sealed record GraphQLResponse(int Status, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public IEnumerable<JsonElement> Errors => HasErrors ? Body.GetProperty("errors").EnumerateArray() : [];

    public string? ErrorCode => Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).FirstOrDefault();

    public string ErrorPath => HasErrors ? string.Join(".", Errors.First().GetProperty("path").EnumerateArray().Select(p => p.ToString())) : "";

    public JsonElement Ok()
    {
        Assert.False(HasErrors, Body.ToString());
        return Data;
    }

    public long CassandraRoundTrips => Body.GetProperty("extensions").GetProperty("tracing").GetProperty("cassandra").GetProperty("roundTrips").GetInt64();

    public long MongoRoundTrips => Body.GetProperty("extensions").GetProperty("tracing").GetProperty("mongo").GetProperty("roundTrips").GetInt64();
}
