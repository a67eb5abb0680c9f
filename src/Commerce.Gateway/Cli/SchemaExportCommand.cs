using Commerce.GraphQL;
using Commerce.GraphQL.Types;

namespace Commerce.Gateway.Cli;

/// <summary>
/// <c>schema export [--output &lt;file&gt;]</c>: prints the composed schema as SDL (graphql-js's canonical form) to
/// <c>schema/schema.graphql</c>, or to stdout with <c>--output -</c>. Builds the same services the server runs with,
/// but starts no host and opens no connection.
/// </summary>
public static class SchemaExportCommand
{
    public const string DefaultOutput = "schema/schema.graphql";

    public static bool Matches(string[] args) => args is ["schema", "export", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var output = DefaultOutput;
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i] is "--output" or "-o" && i + 1 < args.Length)
            {
                output = args[++i];
            }
            else
            {
                await Console.Error.WriteLineAsync($"Unknown argument \"{args[i]}\". Usage: schema export [--output <file>|-]");
                return 2;
            }
        }

        var sdl = Export(BuildConfiguration(args));
        if (output == "-")
        {
            await Console.Out.WriteAsync(sdl);
            return 0;
        }

        // `dotnet run --project` runs in the project's folder; paths are meant from the repository root.
        var path = Path.IsPathRooted(output) ? output : Path.Combine(FindRepositoryRoot() ?? Directory.GetCurrentDirectory(), output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, sdl);
        await Console.Error.WriteLineAsync($"Wrote {path}");
        return 0;
    }

    /// <summary>The SDL of the schema the gateway serves with <paramref name="configuration"/>.</summary>
    public static string Export(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostApplicationLifetime, ExportLifetime>();
        services.AddGatewayServices(configuration);
        using var provider = services.BuildServiceProvider();
        return SchemaPrinter.Print(provider.GetRequiredService<Schema>()) + "\n";
    }

    private static string? FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Commerce.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static IConfiguration BuildConfiguration(string[] args) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    private sealed class ExportLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
