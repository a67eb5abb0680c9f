using Commerce.GraphQL;
using Commerce.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Commerce.Catalog;

/// <summary>Who is asking: the host puts the HttpContext in the request's context data; admins have the role "admin".</summary>
public static class CatalogAccess
{
    public const string HttpContextKey = Commerce.GraphQL.AspNetCore.Execution.GraphQLRequestPipeline.HttpContextKey;
    public const string AdminRole = "admin";

    public static bool IsAdmin(IResolverContext context) =>
        context.ContextData.TryGetValue(HttpContextKey, out var value)
        && value is HttpContext http
        && http.User.IsInRole(AdminRole);

    public static void RequireAdmin(IResolverContext context)
    {
        if (!IsAdmin(context))
        {
            throw new GraphQLException("Only catalog admins may change products.", CatalogErrorCodes.Forbidden);
        }
    }

    /// <summary>The statuses a listing shows: what was asked (admins only beyond ACTIVE), else ACTIVE for shoppers and all for admins.</summary>
    public static IReadOnlyCollection<ProductStatus> VisibleStatuses(IResolverContext context, IReadOnlyCollection<ProductStatus>? requested)
    {
        var admin = IsAdmin(context);
        if (requested is null || requested.Count == 0)
        {
            return admin ? [ProductStatus.Draft, ProductStatus.Active, ProductStatus.Archived] : [ProductStatus.Active];
        }

        if (!admin && requested.Any(s => s != ProductStatus.Active))
        {
            throw new GraphQLException("Only catalog admins may list products that are not active.", CatalogErrorCodes.Forbidden);
        }

        return requested.Distinct().ToList();
    }

    /// <summary>Drafts are the admins' business; archived products stay reachable by id (orders point at them).</summary>
    public static Product? VisibleProduct(IResolverContext context, Product? product) =>
        product is { Status: ProductStatus.Draft } && !IsAdmin(context) ? null : product;
}
