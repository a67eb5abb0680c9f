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
