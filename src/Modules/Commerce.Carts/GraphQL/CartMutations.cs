using System.Text.RegularExpressions;
using Commerce.Accounts;
using Commerce.Catalog;
using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Carts;

[MutationType]
public sealed partial class CartMutations
{
    [GraphQLDescription("A new empty cart: a guest cart when anonymous; for a signed-in user, the user's cart (the existing one if any).")]
    public async Task<Cart> CreateCartAsync(IResolverContext context, [Service] CartStore store, [Service] CartsOptions options, string? currency = null)
    {
        var code = currency ?? options.DefaultCurrency;
        if (!CurrencyCode().IsMatch(code))
        {
            throw CartErrors.Invalid("currency", "must be an ISO 4217 code of three capital letters");
        }

        var userId = AccountContext.UserId(context);
        var id = userId is { } user ? await store.FindUserCartIdAsync(user, context.RequestAborted) : null;
        id ??= await store.CreateAsync(userId, code, context.RequestAborted);
        return await CartAccess.ReadAsync(store, id, context);
    }

    [GraphQLDescription("Adds quantity of a product variant (atomically; concurrent adds all count). VALIDATION_FAILED for a product not on sale, an unknown variant, or a quantity outside 1..99 (also for the resulting line); NOT_FOUND for a cart you cannot see.")]
    public async Task<Cart> AddCartLineAsync(
        [ID] string cartId, [ID] string productId, string variantSku, int quantity,
        IResolverContext context, [Service] CartStore store, [Service] CartsOptions options, [Service] CartLineNotifier added)
    {
        CheckQuantity(quantity, options);
        var product = await context.DataLoader<ProductByIdDataLoader>().LoadAsync(productId, context.RequestAborted);
        if (product is not { Status: ProductStatus.Active })
        {
            throw CartErrors.Invalid("productId", "is not a product on sale");
        }

        if (CartPricing.Variant(product, variantSku) is null)
        {
            throw CartErrors.Invalid("variantSku", "is not a variant of the product");
        }

        CartErrors.Check(await store.AddLineAsync(cartId, CartAccess.Caller(context), productId, variantSku, quantity, product.Pricing.Currency, context.RequestAborted), options.MaxQuantityPerLine);
        added.LineAdded(context, cartId, productId, variantSku, quantity);
        return await CartAccess.ReadAsync(store, cartId, context);
    }

    [GraphQLDescription("Sets a line's quantity (1..99; use removeCartLine for 0). NOT_FOUND when the cart has no such line.")]
    public async Task<Cart> UpdateCartLineAsync(
        [ID] string cartId, [ID] string productId, string variantSku, int quantity,
        IResolverContext context, [Service] CartStore store, [Service] CartsOptions options)
    {
        CheckQuantity(quantity, options);
        CartErrors.Check(await store.SetLineAsync(cartId, CartAccess.Caller(context), productId, variantSku, quantity, context.RequestAborted), options.MaxQuantityPerLine);
        return await CartAccess.ReadAsync(store, cartId, context);
    }

    [GraphQLDescription("Removes a line; removing a line that is not there changes nothing.")]
    public async Task<Cart> RemoveCartLineAsync(
        [ID] string cartId, [ID] string productId, string variantSku,
        IResolverContext context, [Service] CartStore store, [Service] CartsOptions options)
    {
        CartErrors.Check(await store.RemoveLineAsync(cartId, CartAccess.Caller(context), productId, variantSku, context.RequestAborted), options.MaxQuantityPerLine);
        return await CartAccess.ReadAsync(store, cartId, context);
    }

    [GraphQLDescription("Removes every line; the cart stays.")]
    public async Task<Cart> ClearCartAsync([ID] string cartId, IResolverContext context, [Service] CartStore store, [Service] CartsOptions options)
    {
        CartErrors.Check(await store.ClearAsync(cartId, CartAccess.Caller(context), context.RequestAborted), options.MaxQuantityPerLine);
        return await CartAccess.ReadAsync(store, cartId, context);
    }

    private static void CheckQuantity(int quantity, CartsOptions options)
    {
        if (quantity < 1 || quantity > options.MaxQuantityPerLine)
        {
            throw CartErrors.Invalid("quantity", $"must be between 1 and {options.MaxQuantityPerLine}");
        }
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
