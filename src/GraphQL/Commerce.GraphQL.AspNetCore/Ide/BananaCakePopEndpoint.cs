using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.AspNetCore.Ide;

/// <summary>
/// Banana Cake Pop, served from this process (no CDN): the static build the project fetches at build time
/// (npm <c>@chillicream/bananacakepop-graphql-ide</c>) copied next to the assembly in <c>graphql-ide/</c>, plus a
/// generated <c>bcp-config.json</c> pointing the IDE at this GraphQL endpoint. The build refers to its files
/// relatively, so the IDE lives at the GraphQL path with a trailing slash; the bare path redirects there.
/// </summary>
public sealed class BananaCakePopEndpoint
{
    public const string FolderName = "graphql-ide";
    private const string ConfigFile = "bcp-config.json";

    private readonly GraphQLServerOptions _options;
    private readonly IFileProvider? _files;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    public BananaCakePopEndpoint(IOptions<GraphQLServerOptions> options)
    {
        _options = options.Value;
        var folder = Path.Combine(AppContext.BaseDirectory, FolderName);
        _files = File.Exists(Path.Combine(folder, "index.html")) ? new PhysicalFileProvider(folder) : null;
    }

    public async Task ServeIndexAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.Value!.EndsWith('/'))
        {
            context.Response.Redirect(request.PathBase + request.Path + "/" + request.QueryString);
            return;
        }

        await ServeFileAsync(context, "index.html");
    }

    public async Task ServeFileAsync(HttpContext context, string file)
    {
        if (!_options.EnableIde)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (file == ConfigFile)
        {
            await WriteConfigAsync(context);
            return;
        }

        if (_files is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                $"The IDE files are missing from {Path.Combine(AppContext.BaseDirectory, FolderName)}; the build fetches them with npm (see Commerce.GraphQL.AspNetCore.csproj).");
            return;
        }

        var info = _files.GetFileInfo(file);
        if (!info.Exists || info.IsDirectory)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = _contentTypes.TryGetContentType(file, out var contentType) ? contentType : "application/octet-stream";
        // Hashed bundle names never change content; index.html must always be revalidated.
        context.Response.Headers.CacheControl = file.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        context.Response.ContentLength = info.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(info, context.RequestAborted);
        }
    }

    private Task WriteConfigAsync(HttpContext context)
    {
        var request = context.Request;
        var graphqlPath = request.PathBase + request.Path.Value![..^(ConfigFile.Length + 1)];
        var endpoint = $"{request.Scheme}://{request.Host}{graphqlPath}";
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["endpoint"] = endpoint,
            ["useBrowserUrlAsEndpoint"] = false,
            ["title"] = _options.IdeTitle,
        }));
    }
}
