using Commerce.Accounts;
using Commerce.Catalog;
using Commerce.Orders;

namespace Commerce.Gateway.Cli;

/// <summary>
/// <c>seed</c>: loads the deterministic demo data into the stores (idempotent: running it twice changes nothing).
/// It runs the gateway's services without the web server, so start-up work (migrations, indexes) happens first.
/// With <c>Accounts:BootstrapAdminEmail</c> and <c>Accounts:BootstrapAdminPassword</c> set, it also ensures that admin.
/// </summary>
public static class SeedCommand
{
    public static bool Matches(string[] args) => args is ["seed", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args[1..]);
        builder.Services.AddGatewayServices(builder.Configuration);
        using var host = builder.Build();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await host.StartAsync(cancellation.Token);

        var catalog = await host.Services.GetRequiredService<CatalogSeeder>().SeedAsync(cancellationToken: cancellation.Token);
        Console.WriteLine($"catalog: {catalog.Products} products in {catalog.Categories} categories ({catalog.ProductsInserted} new)");
        var skus = await host.Services.GetRequiredService<StockSeeder>().SeedAsync(cancellationToken: cancellation.Token);
        Console.WriteLine($"stock: {skus} skus stocked");
        if (builder.Configuration["Accounts:BootstrapAdminEmail"] is { Length: > 0 } email
            && builder.Configuration["Accounts:BootstrapAdminPassword"] is { Length: > 0 } password)
        {
            await host.Services.GetRequiredService<AccountsSeeder>().EnsureAdminAsync(email, password, cancellationToken: cancellation.Token);
            Console.WriteLine($"admin: {email}");
        }

        await host.StopAsync(CancellationToken.None);
        return 0;
    }
}
