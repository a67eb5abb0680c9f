using Commerce.Drivers.Mongo.Bson;
using Commerce.GraphQL;

namespace Commerce.Catalog;

/// <summary>The <c>$sort</c> of each <see cref="ProductOrder"/>, always ending on <c>_id</c> so pages never overlap.</summary>
public static class ProductSort
{
    /// <summary>The field the text score is copied into before sorting by relevance.</summary>
    public const string ScoreField = "_score";

    public static ProductOrder Resolve(ProductOrder? requested, bool hasSearch)
    {
        var order = requested ?? (hasSearch ? ProductOrder.Relevance : ProductOrder.NameAsc);
        if (order == ProductOrder.Relevance && !hasSearch)
        {
            throw new GraphQLException("Ordering by RELEVANCE needs a search text.", CatalogErrorCodes.ValidationFailed);
        }

        return order;
    }

    public static BsonDocument For(ProductOrder order) => order switch
    {
        ProductOrder.PriceAsc => new BsonDocument { { "pricing.price", 1 }, { "_id", 1 } },
        ProductOrder.PriceDesc => new BsonDocument { { "pricing.price", -1 }, { "_id", 1 } },
        ProductOrder.NameAsc => new BsonDocument { { "name", 1 }, { "_id", 1 } },
        ProductOrder.NameDesc => new BsonDocument { { "name", -1 }, { "_id", 1 } },
        ProductOrder.Newest => new BsonDocument { { "createdAt", -1 }, { "_id", 1 } },
        ProductOrder.Relevance => new BsonDocument { { ScoreField, -1 }, { "_id", 1 } },
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
    };
}
