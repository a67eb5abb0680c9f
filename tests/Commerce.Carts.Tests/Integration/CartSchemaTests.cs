using Commerce.Carts.Tests.Infrastructure;
using Commerce.GraphQL.Types;
using Commerce.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Carts.Tests.Integration;

/// <summary>The public shape the accounts and carts modules add to the composed schema.</summary>
public sealed class CartSchemaTests(CartsHost host) : IClassFixture<CartsHost>
{
    [Theory]
    [InlineData("register(input: RegisterInput!): User!")]
    [InlineData("login(email: String!, password: String!, cartId: ID): LoginPayload!")]
    [InlineData("logout: Boolean!")]
    [InlineData("changePassword(currentPassword: String!, newPassword: String!): Boolean!")]
    [InlineData("createApiKey(name: String!): ApiKeyPayload!")]
    [InlineData("me: User")]
    [InlineData("cart(id: ID!): Cart!")]
    [InlineData("myCart: Cart")]
    [InlineData("createCart(currency: String): Cart!")]
    [InlineData("addCartLine(cartId: ID!, productId: ID!, variantSku: String!, quantity: Int!): Cart!")]
    [InlineData("updateCartLine(cartId: ID!, productId: ID!, variantSku: String!, quantity: Int!): Cart!")]
    [InlineData("removeCartLine(cartId: ID!, productId: ID!, variantSku: String!): Cart!")]
    [InlineData("clearCart(cartId: ID!): Cart!")]
    [InlineData("subtotal: Money!")]
    [InlineData("lineTotal: Money")]
    [InlineData("unitPrice: Money")]
    [InlineData("product: Product")]
    [InlineData("variant: ProductVariant")]
    [InlineData("cart: Cart")]
    public void The_schema_has_the_field(string field)
    {
        var sdl = SchemaPrinter.Print(host.Services.GetRequiredService<Schema>());

        Assert.Contains(field, sdl.Split('\n').Select(l => l.Trim()));
    }
}
