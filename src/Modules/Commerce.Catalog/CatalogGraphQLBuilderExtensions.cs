using Commerce.Catalog;
using Commerce.GraphQL.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

public static class CatalogGraphQLBuilderExtensions
{
    /// <summary>Adds the catalog's queries, mutations and types to the schema.</summary>
    public static GraphQLServerBuilder AddCatalogTypes(this GraphQLServerBuilder builder) =>
        builder.ConfigureSchema(schema => schema
            .AddTypeExtension<ProductQueries>()
            .AddTypeExtension<CategoryQueries>()
            .AddTypeExtension<ProductMutations>());
}
