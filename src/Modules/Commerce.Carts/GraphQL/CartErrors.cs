using Commerce.GraphQL;

namespace Commerce.Carts;

public static class CartErrors
{
    public static GraphQLException NotFound() => new("No such cart.", CartErrorCodes.NotFound);

    public static GraphQLException Invalid(string field, string message) =>
        new(new GraphQLError(
            $"The cart line is invalid: {field} {message}",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = CartErrorCodes.ValidationFailed,
                ["fields"] = new List<object?> { new Dictionary<string, object?> { ["field"] = field, ["message"] = message } },
            }));

    /// <summary>Turns a script's refusal into the client's error; a non-negative result passes.</summary>
    public static long Check(long result, int maxQuantity) => result switch
    {
        CartWriteResult.NotFound => throw NotFound(),
        CartWriteResult.OverLineLimit => throw Invalid("quantity", $"would bring the line above {maxQuantity}"),
        CartWriteResult.LineMissing => throw new GraphQLException("The cart has no such line.", CartErrorCodes.NotFound),
        CartWriteResult.TooManyLines => throw Invalid("productId", "would be one line too many for a cart"),
        CartWriteResult.CurrencyMismatch => throw Invalid("productId", "is priced in another currency than the cart"),
        < 0 => throw new InvalidOperationException($"Unexpected cart script result {result}."),
        _ => result,
    };
}
