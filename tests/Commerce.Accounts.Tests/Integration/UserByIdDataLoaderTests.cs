using System.Text.Json;
using Commerce.Accounts.Tests.Infrastructure;

namespace Commerce.Accounts.Tests.Integration;

/// <summary>
/// The batched user loader other modules use: every id of one execution step in ONE PostgreSQL query (the host's
/// tracing counts it plus the CONNECT of the test database's unpooled connection), the public fields as registered,
/// null for an id with no account.
/// </summary>
public sealed class UserByIdDataLoaderTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    private static long PostgresRoundTrips(GraphQLResponse response) =>
        response.Body.GetProperty("extensions").GetProperty("tracing").TryGetProperty("postgres", out var postgres)
            ? postgres.GetProperty("roundTrips").GetInt64()
            : 0;

    private async Task<List<(string Id, string Email, string Name)>> RegisterAsync(int count)
    {
        var users = new List<(string, string, string)>();
        for (var i = 0; i < count; i++)
        {
            var (email, name) = (AccountsHost.NewEmail(), $"Loader User {i}");
            users.Add((await host.RegisterAsync(email, "a long enough password", name), email, name));
        }

        return users;
    }

    [Fact]
    public async Task Twenty_users_and_a_stranger_in_one_list_cost_one_round_trip()
    {
        var users = await RegisterAsync(20);
        var stranger = Guid.NewGuid().ToString();
        var ids = users.Select(u => u.Id).Append(stranger).Reverse().ToList();
        const string query = "query($ids: [ID!]!) { usersByIds(ids: $ids) { id email name role } }";
        await host.PostAsync(query, new { ids });

        GraphQLResponse response;
        using (var recorder = new SqlCommandRecorder(host.DatabaseName))
        {
            response = await host.PostAsync(query, new { ids }, trace: true);
            Assert.Contains("WHERE id = ANY(", Assert.Single(recorder.Commands));
        }

        var found = response.Ok().GetProperty("usersByIds").EnumerateArray().ToList();
        Assert.Equal(ids.Count, found.Count);
        Assert.Equal(JsonValueKind.Null, found[0].ValueKind);
        var expected = users.AsEnumerable().Reverse().Select(u => (u.Id, u.Email, u.Name, "customer"));
        Assert.Equal(expected, found.Skip(1).Select(u => (u.GetProperty("id").GetString()!, u.GetProperty("email").GetString()!, u.GetProperty("name").GetString()!, u.GetProperty("role").GetString()!)));
        Assert.Equal(2, PostgresRoundTrips(response));
    }

    [Fact]
    public async Task Separate_fields_of_one_step_share_one_round_trip()
    {
        var users = await RegisterAsync(5);
        var query = "query { " + string.Join(" ", users.Select((u, i) => $"u{i}: userById(id: \"{u.Id}\") {{ id name }}")) + " }";
        await host.PostAsync(query);

        GraphQLResponse response;
        using (var recorder = new SqlCommandRecorder(host.DatabaseName))
        {
            response = await host.PostAsync(query, trace: true);
            Assert.Contains("WHERE id = ANY(", Assert.Single(recorder.Commands));
        }

        var data = response.Ok();
        for (var i = 0; i < users.Count; i++)
        {
            Assert.Equal(users[i].Name, data.GetProperty($"u{i}").GetProperty("name").GetString());
        }

        Assert.Equal(2, PostgresRoundTrips(response));
    }
}
