using System.Text.Json;

namespace Commerce.Carts.Tests.Infrastructure;

public sealed record GraphQLResponse(int Status, JsonElement Body, string Text)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public JsonElement FirstError => Body.GetProperty("errors")[0];

    public JsonElement Ok()
    {
        Assert.False(HasErrors, Text);
        return Data;
    }

    public string Code()
    {
        Assert.True(HasErrors, "expected an error: " + Text);
        return FirstError.TryGetProperty("extensions", out var e) && e.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
    }

    public long MongoRoundTrips => Body.GetProperty("extensions").GetProperty("tracing").GetProperty("mongo").GetProperty("roundTrips").GetInt64();
}
