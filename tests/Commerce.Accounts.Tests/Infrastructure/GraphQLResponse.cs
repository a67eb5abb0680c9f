using System.Net.Http.Headers;
using System.Text.Json;

namespace Commerce.Accounts.Tests.Infrastructure;

public sealed record GraphQLResponse(int Status, JsonElement Body, string Text, HttpResponseHeaders Headers)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public JsonElement FirstError => Body.GetProperty("errors")[0];

    public string? ErrorCode => HasErrors && FirstError.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
        ? code.GetString()
        : null;

    /// <summary>A traced response's round trips to one store (<c>extensions.tracing</c>).</summary>
    public long RoundTrips(string store) => Body.GetProperty("extensions").GetProperty("tracing").GetProperty(store).GetProperty("roundTrips").GetInt64();

    public JsonElement Ok()
    {
        Assert.False(HasErrors, Text);
        return Data;
    }

    public string Code()
    {
        Assert.True(HasErrors, "expected an error: " + Text);
        return ErrorCode ?? "";
    }
}
