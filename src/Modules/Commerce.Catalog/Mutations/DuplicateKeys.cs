using Commerce.Drivers.Mongo;
using Commerce.GraphQL;

namespace Commerce.Catalog;

/// <summary>MongoDB's duplicate key error (11000) as the coded error of the unique field it hit.</summary>
public static class DuplicateKeys
{
    public static GraphQLException ToGraphQL(MongoDuplicateKeyException error)
    {
        var keys = error.KeyPattern?.Names.ToList() ?? [];
        var value = error.KeyValue is { ElementCount: > 0 } keyValue ? keyValue.GetElement(0).Value.ToString() : null;
        if (keys.Contains("slug"))
        {
            return new GraphQLException($"Another product already has the slug {value}.", CatalogErrorCodes.DuplicateSlug);
        }

        // sku and variants.sku share one namespace for clients: a SKU names one purchasable thing.
        return new GraphQLException($"Another product already uses the SKU {value}.", CatalogErrorCodes.DuplicateSku);
    }
}
