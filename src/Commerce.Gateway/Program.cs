using Commerce.Gateway;
using Commerce.Gateway.Cli;

if (SchemaExportCommand.Matches(args))
{
    return await SchemaExportCommand.RunAsync(args);
}

if (SeedCommand.Matches(args))
{
    return await SeedCommand.RunAsync(args);
}

if (RecommendationsRebuildCommand.Matches(args))
{
    return await RecommendationsRebuildCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddGateway();

var app = builder.Build();
app.MapGateway();
await app.RunAsync();
return 0;

/// <summary>The gateway's entry point; partial so tests can host it with WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
