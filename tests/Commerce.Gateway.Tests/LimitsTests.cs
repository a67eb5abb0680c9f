using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Gateway.Tests;

public sealed class LimitsTests
{
    [Fact]
    public async Task The_configured_body_limit_applies_to_graphql_requests()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseSetting("Limits:MaxRequestBodyBytes", "100"));
        using var client = factory.CreateClient();
        var small = """{"query":"{ gatewayVersion }"}""";
        var large = "{\"query\":\"{ gatewayVersion }\",\"extensions\":{\"pad\":\"" + new string('x', 200) + "\"}}";

        var accepted = await client.PostAsync("/graphql", new StringContent(small, Encoding.UTF8, "application/json"));
        var refused = await client.PostAsync("/graphql", new StringContent(large, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
    }

    [Fact]
    public async Task GraphQL_options_bind_from_configuration()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseSetting("GraphQL:EnableGetRequests", "false"));
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/graphql?query=%7B%20gatewayVersion%20%7D");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
