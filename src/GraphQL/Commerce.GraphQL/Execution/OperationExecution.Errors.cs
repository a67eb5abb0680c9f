using Commerce.GraphQL.Execution.Planning;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    internal static readonly IReadOnlyDictionary<string, object?> InternalErrorExtensions =
        new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalError };

    /// <summary>
    /// Records a field error at the position's path (spec 6.4.4) and returns the position's value: null, or
    /// <see cref="Failed"/> for a non-null position. A <see cref="GraphQLException"/>'s errors are the client's to
    /// see, codes kept; any other exception is an internal fault shown without details unless configured.
    /// </summary>
    private object? HandleFieldError(Exception error, FieldPlan field, GraphQLType type, ObjectPath parent, int index)
    {
        var path = PathOf(field, parent, index).ToList();
        switch (error)
        {
            case GraphQLException graphQLException:
                foreach (var raised in graphQLException.Errors)
                {
                    var located = raised.Path is null ? raised.WithPath(path) : raised;
                    AddError(located.Locations is null && field.Locations is not null ? located.WithLocations(field.Locations) : located);
                }

                break;
            case ExecutionFault or SerializationException:
                AddError(new GraphQLError(error.Message, field.Locations, path, InternalErrorExtensions, error));
                break;
            default:
                AddError(UnexpectedError(error, field, path));
                break;
        }

        return type is NonNullType ? Failed : null;
    }

    private GraphQLError UnexpectedError(Exception error, FieldPlan field, IReadOnlyList<object> path)
    {
        if (!Executor.Options.IncludeExceptionDetails)
        {
            return new GraphQLError("Unexpected Execution Error", field.Locations, path, InternalErrorExtensions, error);
        }

        var extensions = new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.InternalError,
            ["exception"] = error.GetType().FullName,
            ["stackTrace"] = error.StackTrace,
        };
        return new GraphQLError(error.Message, field.Locations, path, extensions, error);
    }

    internal void AddError(GraphQLError error)
    {
        lock (_gate)
        {
            (_errors ??= []).Add(error);
        }
    }
}

/// <summary>A value the schema's types cannot complete (not iterable, unresolvable abstract type, ...); its message is graphql-js's.</summary>
internal sealed class ExecutionFault(string message) : Exception(message);
