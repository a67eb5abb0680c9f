using Commerce.Recommendations.Feeding;

namespace Commerce.Gateway.Cli;

/// <summary>
/// <c>recommendations rebuild</c>: replays the recommendation graph from the catalog (MongoDB) and every order
/// (PostgreSQL). Writes are MERGEs keyed on ids, so it is safe over a live graph and running it twice changes nothing.
/// </summary>
public static class RecommendationsRebuildCommand
{
    public static bool Matches(string[] args) => args is ["recommendations", "rebuild", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args[2..]);
        builder.Services.AddGatewayServices(builder.Configuration);
        using var host = builder.Build();
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        await host.StartAsync(cancellation.Token);
        var report = await host.Services.GetRequiredService<RecommendationsRebuilder>().RebuildAsync(cancellation.Token);
        Console.WriteLine($"recommendations: {report.Categories} categories, {report.Products} products, {report.Orders} orders ({report.CancelledOrders} cancelled) replayed");
        await host.StopAsync(CancellationToken.None);
        return 0;
    }
}
