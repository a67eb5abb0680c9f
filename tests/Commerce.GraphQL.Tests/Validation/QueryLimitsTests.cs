using static Commerce.GraphQL.Tests.Support.SdlSchemas;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;
using Commerce.GraphQL.Validation;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>Depth, alias and cost limits, with measured values computed by hand for each query.</summary>
public sealed class QueryLimitsTests
{
    private static readonly Schema Shop = BuildShop();

    private static Schema BuildShop()
    {
        var schema = BuildFromSdl("""
            type Query { products(first: Int, last: Int): [Product] product(id: ID): Product }
            type Product { id: ID name: String reviews(limit: Int): [Review!]! related: [Product] }
            type Review { text: String }
            """);
        schema.QueryType!.Fields["products"].Cost = 5;
        ((ObjectType)schema.GetType("Product")!).Fields["reviews"].Cost = 3;
        return schema;
    }

    private static IReadOnlyList<GraphQLError> Validate(string query, ValidationOptions options) =>
        DocumentValidator.Validate(Shop, Parser.Parse(query), options);

    private static GraphQLError Single(string query, ValidationOptions options)
    {
        var error = Assert.Single(Validate(query, options));
        Assert.Equal(ErrorCodes.QueryTooComplex, error.Code);
        return error;
    }

    [Fact]
    public void Cost_multiplies_list_sub_selections_by_their_first_or_limit_argument()
    {
        // products 5 + 4 x (name 1 + reviews (3 + 2 x text 1)) = 5 + 4 x 6 = 29
        const string query = "{ products(first: 4) { name reviews(limit: 2) { text } } }";
        var error = Single(query, new ValidationOptions { MaxCost = 28 });
        Assert.Equal("Query cost 29 exceeds the maximum allowed cost of 28.", error.Message);
        Assert.Equal(29L, error.Extensions!["measured"]);
        Assert.Equal(28L, error.Extensions["limit"]);
        Assert.Empty(Validate(query, new ValidationOptions { MaxCost = 29 }));
    }

    [Fact]
    public void Cost_uses_the_default_list_size_without_a_size_argument()
    {
        // products 5 + 10 x (related 1 + 10 x name 1) = 5 + 10 x 11 = 115
        var error = Single("{ products { related { name } } }", new ValidationOptions { MaxCost = 100 });
        Assert.Equal("Query cost 115 exceeds the maximum allowed cost of 100.", error.Message);

        // With a default list size of 3: 5 + 3 x (1 + 3 x 1) = 17
        var small = Single("{ products { related { name } } }", new ValidationOptions { MaxCost = 16, DefaultListSize = 3 });
        Assert.Equal(17L, small.Extensions!["measured"]);
    }

    [Fact]
    public void Cost_reads_size_arguments_given_by_variables()
    {
        const string query = "query ($n: Int) { products(last: $n) { name } }";

        // 5 + 7 x 1 = 12 with the variable; 5 + 10 x 1 = 15 without it
        var withVariable = Single(query, new ValidationOptions { MaxCost = 11, Variables = new Dictionary<string, object?> { ["n"] = 7 } });
        Assert.Equal(12L, withVariable.Extensions!["measured"]);
        var without = Single(query, new ValidationOptions { MaxCost = 11 });
        Assert.Equal(15L, without.Extensions!["measured"]);
    }

    [Fact]
    public void Cost_expands_fragments_and_counts_non_list_fields_once()
    {
        // product 1 + (name 1 + reviews (3 + 10 x text 1)) = 15, for each of the two spreads: 30
        const string query = "{ a: product(id: 1) { ...P } b: product(id: 2) { ... on Product { ...P } } } fragment P on Product { name reviews { text } }";
        var error = Single(query, new ValidationOptions { MaxCost = 29 });
        Assert.Equal(30L, error.Extensions!["measured"]);
    }

    [Fact]
    public void Depth_counts_nested_fields_through_fragments()
    {
        // product 1 > related 2 > related 3 > name 4
        const string query = "{ product { ...A } } fragment A on Product { related { ...B } } fragment B on Product { related { name } }";
        var error = Single(query, new ValidationOptions { MaxDepth = 3 });
        Assert.Equal("Query depth 4 exceeds the maximum allowed depth of 3.", error.Message);
        Assert.Equal(4L, error.Extensions!["measured"]);
        Assert.Empty(Validate(query, new ValidationOptions { MaxDepth = 4 }));
    }

    [Fact]
    public void Aliases_are_counted_once_per_spread()
    {
        // a, x, y, b, then z twice through the two spreads of F
        const string query = "{ a: product { x: name y: name } b: product { ...F ...F } } fragment F on Product { z: name }";
        var error = Single(query, new ValidationOptions { MaxAliases = 5 });
        Assert.Equal("Query uses 6 aliases, more than the maximum of 5.", error.Message);
        Assert.Empty(Validate(query, new ValidationOptions { MaxAliases = 6 }));
    }

    [Fact]
    public void Limits_apply_only_to_the_selected_operation_and_only_to_valid_documents()
    {
        const string query = "query Deep { product { related { related { name } } } } query Flat { product { name } }";
        Assert.Empty(Validate(query, new ValidationOptions { MaxDepth = 2, OperationName = "Flat" }));
        Assert.Single(Validate(query, new ValidationOptions { MaxDepth = 2, OperationName = "Deep" }));
        Assert.Equal(2, Validate(query, new ValidationOptions { MaxDepth = 1 }).Count);

        var invalid = Validate("{ product { related { related { nope } } } }", new ValidationOptions { MaxDepth = 1 });
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Single(invalid).Code);
    }

    [Fact]
    public void Exponential_fragment_fan_out_is_measured_without_expanding_it()
    {
        // Each level spreads the next twice: 2^40 leaf selections if expanded, a few dozen steps when memoized.
        var fragments = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Product {{ related {{ ...F{i + 1} ...F{i + 1} }} }}"));
        var query = "{ product { ...F0 } } " + fragments + " fragment F40 on Product { name }";
        var errors = Validate(query, new ValidationOptions { MaxDepth = 10, MaxCost = 1_000_000, MaxAliases = 0 });
        Assert.Equal(2, errors.Count);
        Assert.Equal("Query depth 42 exceeds the maximum allowed depth of 10.", errors[0].Message);
        Assert.StartsWith("Query cost ", errors[1].Message);
    }
}
