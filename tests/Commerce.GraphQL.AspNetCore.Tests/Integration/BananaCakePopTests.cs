using System.Net;
using System.Text.Json;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

namespace Commerce.GraphQL.AspNetCore.Tests.Integration;

/// <summary>The IDE served from our process, used the way a person would: in a real (headless) browser.</summary>
public sealed class BananaCakePopTests
{
    [Fact]
    public async Task A_query_typed_and_run_in_the_ide_shows_the_engines_result()
    {
        Assert.True(File.Exists("/usr/bin/chromium"), "Chromium is missing: apt-get install -y chromium");
        await using var server = await EngineServer.StartAsync();
        var screenshot = Path.Combine(NodeRunner.RepoRoot, "tests", "Commerce.GraphQL.AspNetCore.Tests", "bin", "bcp-query.png");
        File.Delete(screenshot);

        var run = await NodeRunner.RunAsync("bcp-ui.js", [server.GraphQLUri.ToString(), screenshot]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var observed = JsonDocument.Parse(run.Stdout).RootElement;
        var response = observed.GetProperty("response").GetString()!;
        Assert.Contains("\"hello\": \"Hello, Banana\"", response);
        Assert.Contains("\"add\": 42", response);
        Assert.Empty(observed.GetProperty("foreign").EnumerateArray());
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    [Fact]
    public async Task A_browser_asking_for_html_gets_the_ide_at_the_path_with_a_config_naming_the_endpoint()
    {
        await using var server = await EngineServer.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

        using var bare = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        bare.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var redirect = await client.SendAsync(bare);
        using var index = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        index.Headers.Accept.ParseAdd("text/html");
        var page = await client.SendAsync(index);
        var config = JsonDocument.Parse(await client.GetStringAsync("/graphql/bcp-config.json")).RootElement;

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/graphql/", redirect.Headers.Location!.OriginalString);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", await page.Content.ReadAsStringAsync());
        Assert.Equal(server.GraphQLUri.ToString(), config.GetProperty("endpoint").GetString());
    }
}
