using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Validation;
using static Commerce.GraphQL.Tests.Support.SdlSchemas;

namespace Commerce.GraphQL.Tests.Execution;

/// <summary>A page size given by a variable counts against the cost limit on every request, cached document or not.</summary>
public sealed class VariableCostLimitTests
{
    private static readonly RequestExecutor Executor = new(
        BuildFromSdl("type Query { items(first: Int): [Item!] } type Item { name: String! }"),
        new ExecutorOptions { Validation = ValidationOptions.Default with { MaxCost = 100 } });

    private const string Query = "query Page($n: Int) { items(first: $n) { name } }";

    [Fact]
    public async Task A_small_page_runs_and_the_same_document_with_a_huge_page_is_refused_before_execution()
    {
        var small = (OperationResult)await Executor.ExecuteAsync(new GraphQLRequest { Query = Query, Variables = new Dictionary<string, object?> { ["n"] = 5 } });
        var huge = (OperationResult)await Executor.ExecuteAsync(new GraphQLRequest { Query = Query, Variables = new Dictionary<string, object?> { ["n"] = 5000 } });

        Assert.Null(small.Errors);
        Assert.True(huge.IsRequestError);
        Assert.Equal(ErrorCodes.QueryTooComplex, Assert.Single(huge.Errors!).Code);
    }
}
