using Commerce.Catalog;

namespace Commerce.Gateway.Cli;

/// <summary>
/// <c>seed</c>: loads the deterministic demo data into the stores (idempotent: running it twice changes nothing),
/// using the same services and configuration the server runs with.
/// </summary>
public static class SeedCommand
{
    public static bool Matches(string[] args) => args is ["seed", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args[1..]);
        builder.Services.AddGatewayServices(builder.Configuration);
        await using var app = builder.Build();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        var catalog = await app.Services.GetRequiredService<CatalogSeeder>().SeedAsync(cancellationToken: cancellation.Token);
        Console.WriteLine($"catalog: {catalog}");
        return 0;
    }
}
