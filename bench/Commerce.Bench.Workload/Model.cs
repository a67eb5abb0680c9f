using Commerce.GraphQL;

namespace Commerce.Bench.Workload;

// The benchmark workload's types (../shared/bench/workload.graphql), code-first, with plain resolvers over
// in-memory data. Member order is the SDL's field order.
public sealed class Customer(string id, string name)
{
    [ID]
    public string Id { get; } = id;

    public string Name { get; } = name;
}

[GraphQLName("Attribute")]
public sealed class VariantAttribute(string name, string value)
{
    public string Name { get; } = name;

    public string Value { get; } = value;
}

public sealed class Variant(string sku, string title, double price, IReadOnlyList<VariantAttribute> attributes)
{
    public string Sku { get; } = sku;

    public string Title { get; } = title;

    public double Price { get; } = price;

    public IReadOnlyList<VariantAttribute> Attributes { get; } = attributes;
}

public sealed class Review(string id, int rating, string body, Customer author)
{
    [ID]
    public string Id { get; } = id;

    public int Rating { get; } = rating;

    public string Body { get; } = body;

    public Customer Author { get; } = author;
}

public sealed class Category(string id, string name)
{
    internal List<Product> AllProducts { get; } = [];

    [ID]
    public string Id { get; } = id;

    public string Name { get; } = name;

    public IReadOnlyList<Product> Products(int first) => AllProducts.Take(Math.Max(first, 0));
}

public sealed class Product(string id, string name, string slug, double price, string currency, bool inStock, Category category)
{
    internal Review[] AllReviews { get; set; } = [];

    internal Product[] AllRelated { get; set; } = [];

    [ID]
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string Slug { get; } = slug;

    public double Price { get; } = price;

    public string Currency { get; } = currency;

    public bool InStock { get; } = inStock;

    public Category Category { get; } = category;

    public IReadOnlyList<Variant> Variants { get; internal set; } = [];

    public IReadOnlyList<Review> Reviews(int first) => AllReviews.Take(Math.Max(first, 0));

    public IReadOnlyList<Product> Related(int first) => AllRelated.Take(Math.Max(first, 0));
}

internal static class ListSlicing
{
    /// <summary>The first <paramref name="count"/> items, without copying when the whole list is asked for.</summary>
    public static IReadOnlyList<T> Take<T>(this IReadOnlyList<T> items, int count) =>
        count >= items.Count ? items : new ArraySegment<T>(items as T[] ?? items.ToArray(), 0, count);
}
