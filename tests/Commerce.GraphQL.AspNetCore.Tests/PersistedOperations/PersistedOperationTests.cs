using System.Security.Cryptography;
using System.Text;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

namespace Commerce.GraphQL.AspNetCore.Tests.PersistedOperations;

public sealed class PersistedOperationTests
{
    private const string Query = "{ hello }";

    // Independent of our DocumentHash: .NET's SHA256 over the UTF-8 text, as Apollo's client computes it.
    private static readonly string Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Query)));

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    [Fact]
    public async Task Automatic_persisted_queries_register_on_first_use_and_then_run_by_hash_alone()
    {
        var executor = new FakeExecutor();
        await using var server = await TestServer.StartAsync(executor);
        using var client = server.CreateClient();

        var unknown = await client.PostJsonAsync(new { extensions = Extensions(Hash) });
        var register = await client.PostJsonAsync(new { query = Query, extensions = Extensions(Hash) });
        var byHash = await client.PostJsonAsync(new { extensions = Extensions(Hash) });

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.Body.ErrorCode());
        Assert.Equal(400, unknown.Status);
        Assert.Equal(200, register.Status);
        Assert.Equal(200, byHash.Status);
        Assert.Equal("world", byHash.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(2, executor.Requests.Count);
        Assert.Equal(Query, executor.Requests[1].Query);
        Assert.Equal(Hash, executor.Requests[1].DocumentId);
    }

    [Fact]
    public async Task A_hash_that_is_not_the_documents_is_refused()
    {
        var executor = new FakeExecutor();
        await using var server = await TestServer.StartAsync(executor);
        using var client = server.CreateClient();

        var mismatch = await client.PostJsonAsync(new { query = "{ other }", extensions = Extensions(Hash) });
        var afterwards = await client.PostJsonAsync(new { extensions = Extensions(Hash) });

        Assert.Equal(400, mismatch.Status);
        Assert.Contains("does not match", mismatch.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", afterwards.Body.ErrorCode());
        Assert.Empty(executor.Requests);
    }

    [Fact]
    public async Task Trusted_documents_only_runs_listed_documents_by_hash_or_text_and_refuses_the_rest()
    {
        var executor = new FakeExecutor();
        await using var server = await TestServer.StartAsync(executor, o =>
        {
            o.PersistedOperations.OnlyTrustedDocuments = true;
            o.PersistedOperations.TrustedDocuments[Hash] = Query;
        });
        using var client = server.CreateClient();

        var byHash = await client.PostJsonAsync(new { extensions = Extensions(Hash) });
        var byText = await client.PostJsonAsync(new { query = Query });
        var untrusted = await client.PostJsonAsync(new { query = "{ other }" });
        var untrustedRegistration = await client.PostJsonAsync(new
        {
            query = "{ other }",
            extensions = Extensions(Convert.ToHexStringLower(SHA256.HashData("{ other }"u8))),
        });

        Assert.Equal(200, byHash.Status);
        Assert.Equal(200, byText.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", untrusted.Body.ErrorCode());
        Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", untrustedRegistration.Body.ErrorCode());
        Assert.Equal(2, executor.Requests.Count);
    }

    [Fact]
    public async Task A_registered_document_runs_by_hash_over_get_as_apollo_clients_send_it()
    {
        var executor = new FakeExecutor();
        await using var server = await TestServer.StartAsync(executor);
        using var client = server.CreateClient();
        await client.PostJsonAsync(new { query = Query, extensions = Extensions(Hash) });

        var extensions = Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(Extensions(Hash)));
        var response = await client.GetAsync($"/graphql?extensions={extensions}");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"world"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Trusted_documents_load_from_a_folder_of_graphql_files()
    {
        var folder = Directory.CreateTempSubdirectory("trusted-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "hello.graphql"), Query);
            var executor = new FakeExecutor();
            await using var server = await TestServer.StartAsync(executor, o =>
            {
                o.PersistedOperations.OnlyTrustedDocuments = true;
                o.PersistedOperations.TrustedDocumentsDirectory = folder.FullName;
            });
            using var client = server.CreateClient();

            var byHash = await client.PostJsonAsync(new { extensions = Extensions(Hash) });
            var other = await client.PostJsonAsync(new { query = "{ hello hello }" });

            Assert.Equal(200, byHash.Status);
            Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", other.Body.ErrorCode());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
