using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Commerce.GraphQL;

namespace Commerce.Catalog;

/// <summary>Builds the <c>$match</c> of a listing from the search text, the filter and the visible statuses.</summary>
public static class ProductMatch
{
    public const int MaxSearchLength = 200;

    public static BsonDocument Build(string? search, ProductFilterInput? where, IReadOnlyCollection<ProductStatus> statuses)
    {
        var conditions = new List<BsonDocument>();
        if (NormalizeSearch(search) is { } text)
        {
            conditions.Add(Filter.Text(text));
        }

        conditions.Add(Filter.In("status", statuses.Select(s => (BsonValue)ProductStatuses.ToStored(s))));
        if (where is not null)
        {
            AddFilter(conditions, where);
        }

        return conditions.Count == 1 ? conditions[0] : Filter.And([.. conditions]);
    }

    /// <summary>The search text to use, or null when there is none.</summary>
    public static string? NormalizeSearch(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return null;
        }

        var trimmed = search.Trim();
        if (trimmed.Length > MaxSearchLength)
        {
            throw new GraphQLException($"The search text is longer than {MaxSearchLength} characters.", CatalogErrorCodes.ValidationFailed);
        }

        return trimmed;
    }

    private static void AddFilter(List<BsonDocument> conditions, ProductFilterInput where)
    {
        if (!string.IsNullOrWhiteSpace(where.CategoryPath))
        {
            conditions.Add(Filter.Regex("category.path", CategoryPaths.SubtreePattern(where.CategoryPath)));
        }

        if (where.MinPrice is { } min && where.MaxPrice is { } max && min > max)
        {
            throw new GraphQLException("minPrice is greater than maxPrice.", CatalogErrorCodes.ValidationFailed);
        }

        if (where.MinPrice is { } lowest)
        {
            conditions.Add(Filter.Gte("pricing.price", lowest));
        }

        if (where.MaxPrice is { } highest)
        {
            conditions.Add(Filter.Lte("pricing.price", highest));
        }

        if (where.Vendor is { } vendor)
        {
            conditions.Add(Filter.Eq("vendor", vendor));
        }

        foreach (var attribute in where.Attributes ?? [])
        {
            var match = new BsonDocument
            {
                { "name", attribute.Name },
                { "value", new BsonDocument("$in", new BsonArray(attribute.Values.Select(v => (BsonValue)v))) },
            };
            conditions.Add(new BsonDocument("attributes", new BsonDocument("$elemMatch", match)));
        }
    }
}
