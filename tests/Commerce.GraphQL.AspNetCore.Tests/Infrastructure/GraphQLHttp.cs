using System.Text;
using System.Text.Json;

namespace Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

public static class GraphQLHttp
{
    public static async Task<(int Status, JsonElement Body)> PostJsonAsync(this HttpClient client, object body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string? ErrorCode(this JsonElement body) =>
        body.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var extensions)
            ? extensions.GetProperty("code").GetString()
            : null;
}
