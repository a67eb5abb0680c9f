using Commerce.GraphQL;
using Commerce.GraphQL.Types;

namespace Commerce.Bench.Workload;

/// <summary>The workload schema, code-first; types are added in the SDL's order so introspection lists them as graphql-js does.</summary>
public static class WorkloadSchema
{
    public static SchemaBuilder Configure(SchemaBuilder builder) => builder
        .AddQueryType<Query>()
        .AddType<Product>()
        .AddType<Category>()
        .AddType<Variant>()
        .AddType<VariantAttribute>()
        .AddType<Review>()
        .AddType<Customer>();

    public static Schema Build() => Configure(SchemaBuilder.New()).Build();
}
