using System.Runtime.CompilerServices;
using Commerce.GraphQL.Coercion;
using Commerce.GraphQL.Execution.Planning;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution;

/// <summary>
/// Runs requests against one schema: parse and validate (both cached per document text), GetOperation (spec
/// 6.1.1), the transport's allowed operation types, CoerceVariableValues (6.1.2), then ExecuteQuery,
/// ExecuteMutation or Subscribe. Thread-safe; meant to live as long as its schema.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly DocumentCache _documents;
    private readonly ConditionalWeakTable<DocumentNode, CachedDocument> _givenDocuments = new();

    public RequestExecutor(Schema schema, ExecutorOptions? options = null)
    {
        Schema = schema;
        Options = options ?? ExecutorOptions.Default;
        _documents = new DocumentCache(Options.DocumentCacheSize);
    }

    public Schema Schema { get; }

    public ExecutorOptions Options { get; }

    /// <summary>How many documents the cache holds.</summary>
    public int CachedDocumentCount => _documents.Count;

    internal MemberAccessors Accessors { get; } = new();

    internal InputValueConverter Converter { get; } = new();

    internal AsyncSequences AsyncSequences { get; } = new();

    internal TaskResults TaskResults { get; } = new();

    public async Task<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request, out var requestError);
        if (prepared is null)
        {
            return requestError!;
        }

        var (compiled, variables) = prepared.Value;
        var plan = compiled.GetPlan(variables);
        if (compiled.Operation.Operation == OperationType.Subscription)
        {
            return await SubscribeAsync(plan, variables, request, cancellationToken).ConfigureAwait(false);
        }

        return await new OperationExecution(this, plan, variables, request, Options.RootValue, cancellationToken).ExecuteAsync().ConfigureAwait(false);
    }

    /// <summary>Everything before execution; a request error (no <c>data</c>) when the request cannot run.</summary>
    private (CompiledOperation Operation, IReadOnlyDictionary<string, object?> Variables)? Prepare(GraphQLRequest request, out OperationResult? error)
    {
        var document = GetDocument(request, out error);
        if (document is null)
        {
            return null;
        }

        if (document.ValidationErrors.Count > 0)
        {
            error = OperationResult.RequestError(document.ValidationErrors);
            return null;
        }

        var operation = GetOperation(document.Document, request.OperationName, out error);
        if (operation is null)
        {
            return null;
        }

        if (request.AllowedOperations is { } allowed && !allowed.Contains(operation.Operation))
        {
            error = OperationResult.RequestError(GraphQLError.Coded(
                $"Operation type \"{Keyword(operation.Operation)}\" is not allowed for this request.", ExecutionErrorCodes.OperationNotAllowed, LocationsOf(operation)));
            return null;
        }

        var rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            // graphql-js reports this while executing, hence with "data": null.
            error = new OperationResult(null, [GraphQLError.Coded(
                $"Schema is not configured to execute {Keyword(operation.Operation)} operation.", ExecutionErrorCodes.OperationNotSupported, LocationsOf(operation))]);
            return null;
        }

        var compiled = document.GetOperation(
            operation.Name?.Value ?? string.Empty,
            static state => new CompiledOperation(state.Schema, state.Document, state.Operation, state.RootType),
            (Schema, document.Document, Operation: operation, RootType: rootType));

        var variables = VariableCoercion.CoerceVariableValues(Schema, operation, request.Variables, out var variableErrors, Options.MaxVariableErrors);
        if (variables is null)
        {
            error = OperationResult.RequestError(variableErrors);
            return null;
        }

        if (VariableCostErrors(document.Document, operation, variables) is { Count: > 0 } costErrors)
        {
            error = OperationResult.RequestError(costErrors);
            return null;
        }

        return (compiled, variables);
    }

    /// <summary>
    /// The cost limit again with this request's variables: a cached validation measured variable page sizes
    /// (<c>first: $n</c>) at the default list size, so an operation whose cost depends on variables is re-measured.
    /// </summary>
    private IReadOnlyList<GraphQLError> VariableCostErrors(DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        if (Options.Validation.MaxCost is null || operation.VariableDefinitions.Count == 0)
        {
            return [];
        }

        return Validation.Limits.QueryLimits.Check(Schema, document, Options.Validation with
        {
            MaxDepth = null,
            MaxAliases = null,
            Variables = variables,
            OperationName = operation.Name?.Value,
        });
    }

    private CachedDocument? GetDocument(GraphQLRequest request, out OperationResult? error)
    {
        error = null;
        if (request.Document is { } given)
        {
            return _givenDocuments.GetValue(given, document => new CachedDocument(string.Empty, document, Validate(document)));
        }

        if (request.Query is not { } source)
        {
            error = request.DocumentId is not null
                ? OperationResult.RequestError(GraphQLError.Coded("PersistedQueryNotFound", ErrorCodes.PersistedQueryNotFound))
                : OperationResult.RequestError(GraphQLError.Coded("Must provide query string.", ErrorCodes.BadUserInput));
            return null;
        }

        if (_documents.TryGet(source, out var cached))
        {
            return cached;
        }

        DocumentNode parsed;
        try
        {
            parsed = Options.Parse(source, Options.ParserOptions);
        }
        catch (GraphQLException syntaxError)
        {
            error = OperationResult.RequestError(syntaxError.Errors);
            return null;
        }

        cached = new CachedDocument(source, parsed, Validate(parsed));
        _documents.Add(cached);
        return cached;
    }

    private IReadOnlyList<GraphQLError> Validate(DocumentNode document) =>
        Options.Validate is { } validate ? validate(Schema, document) : Validation.DocumentValidator.Validate(Schema, document, Options.Validation);

    /// <summary>The spec's GetOperation (6.1.1), with graphql-js's messages.</summary>
    private static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out OperationResult? error)
    {
        error = null;
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    error = OperationResult.RequestError(GraphQLError.Coded(
                        "Must provide operation name if query contains multiple operations.", ErrorCodes.OperationNotFound));
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (found is null)
        {
            error = OperationResult.RequestError(GraphQLError.Coded(
                operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".", ErrorCodes.OperationNotFound));
        }

        return found;
    }

    /// <summary>The spec's Subscribe (6.2.3): CreateSourceEventStream, then MapSourceToResponseEvent.</summary>
    private async Task<IExecutionResult> SubscribeAsync(
        OperationPlan plan, IReadOnlyDictionary<string, object?> variables, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var setup = new OperationExecution(this, plan, variables, request, Options.RootValue, cancellationToken);
        var (stream, errors) = await setup.CreateSourceEventStreamAsync().ConfigureAwait(false);
        if (stream is null)
        {
            return new OperationResult(null, errors, hasData: false);
        }

        return new ResponseStream(MapSourceToResponseEvent(plan, variables, request, stream, cancellationToken));
    }

    private async IAsyncEnumerable<OperationResult> MapSourceToResponseEvent(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        IAsyncEnumerable<object?> stream,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var sourceEvent in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // ExecuteSubscriptionEvent: the event is the root value of an ordinary (parallel) execution.
            yield return await new OperationExecution(this, plan, variables, request, sourceEvent, cancellationToken).ExecuteAsync().ConfigureAwait(false);
        }
    }

    private static IReadOnlyList<Location>? LocationsOf(SyntaxNode node) => node.Location is { } location ? [location] : null;

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}

/// <summary>Error codes of request errors raised by the executor beyond those of <see cref="ErrorCodes"/>.</summary>
public static class ExecutionErrorCodes
{
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
}
