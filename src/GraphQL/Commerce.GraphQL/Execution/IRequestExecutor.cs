using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution;

/// <summary>Executes requests against one schema: parse (cached), validate (cached), coerce variables, execute.</summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    Task<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}
