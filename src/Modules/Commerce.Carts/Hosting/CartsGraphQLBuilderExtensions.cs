using Commerce.Carts;
using Commerce.GraphQL.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

public static class CartsGraphQLBuilderExtensions
{
    /// <summary>Adds <c>cart</c>, <c>myCart</c>, the cart mutations and <c>LoginPayload.cart</c>; needs <c>AddAccountsTypes</c> and <c>AddCatalogTypes</c>.</summary>
    public static GraphQLServerBuilder AddCartsTypes(this GraphQLServerBuilder builder) =>
        builder.ConfigureSchema(schema => schema
            .AddTypeExtension<CartQueries>()
            .AddTypeExtension<CartMutations>()
            .AddTypeExtension<CartExtensions>()
            .AddTypeExtension<CartLineExtensions>()
            .AddTypeExtension<LoginPayloadCartExtension>());
}
