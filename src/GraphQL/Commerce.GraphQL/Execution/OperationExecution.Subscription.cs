namespace Commerce.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// The spec's CreateSourceEventStream (6.2.3.1): the root field's subscriber, given its coerced arguments.
    /// Failing to create the stream is a request error located at the field.
    /// </summary>
    public async ValueTask<(IAsyncEnumerable<object?>? Stream, IReadOnlyList<GraphQLError> Errors)> CreateSourceEventStreamAsync()
    {
        Planning.FieldPlan? field = null;
        try
        {
            var rootPlan = Plan.GetRootPlan(Variables);
            if (rootPlan.Fields.Length == 0)
            {
                return (null, [GraphQLError.Coded("The subscription selects no field.", ErrorCodes.BadUserInput)]);
            }

            field = rootPlan.Fields[0];
            if (field.Field.Subscriber is not { } subscriber)
            {
                throw new ExecutionFault($"Subscription field \"{field.Field.Name}\" has no source event stream.");
            }

            var context = new ResolverContext(this, field, RootValue, ObjectPath.Root, CoerceArguments(field));
            var stream = await Loop.RunAsync(static state => state.Subscriber(state.Context), (Subscriber: subscriber, Context: context), CancellationToken)
                .ConfigureAwait(false);
            return (stream, []);
        }
        catch (GraphQLException error) when (field is null)
        {
            return (null, error.Errors);
        }
        catch (Exception error) when (field is not null && error is not OperationCanceledException)
        {
            HandleFieldError(error, field, field.Type, ObjectPath.Root, -1);
            return (null, Errors());
        }
    }
}
