using Commerce.GraphQL.AspNetCore.Http;
using Commerce.GraphQL.AspNetCore.Ide;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL at <paramref name="path"/>: POST and GET (GraphQL over HTTP), WebSocket upgrades
    /// (graphql-transport-ws), <c>Accept: text/event-stream</c> (graphql-sse), and Banana Cake Pop for browsers,
    /// whose files live under the same path.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        var trimmed = path.TrimEnd('/');
        var group = endpoints.MapGroup(trimmed);
        group.Map("", GraphQLHttpEndpoint.HandleAsync).WithDisplayName("GraphQL " + trimmed);
        group.MapGet("{**file}", (HttpContext context, string file) =>
            context.RequestServices.GetRequiredService<BananaCakePopEndpoint>().ServeFileAsync(context, file))
            .WithDisplayName("GraphQL IDE files " + trimmed);
        return group;
    }
}
