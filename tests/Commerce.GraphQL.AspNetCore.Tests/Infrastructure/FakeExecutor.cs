using System.Diagnostics;
using System.Runtime.CompilerServices;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A stand-in for the engine in transport tests: parses with the real parser (so syntax errors are real) and
/// answers by the first root field's name: <c>hello</c> data, <c>unknown</c> a validation error, <c>boom</c> an
/// exception, <c>ticks(n)</c> a stream of n results (<c>tracedTicks(n)</c> with round trips), <c>traced(postgres, redis)</c> store round trips as Activities, <c>slow</c> waits for <see cref="SlowRelease"/>.
/// Records every request it gets.
/// </summary>
public sealed class FakeExecutor : IRequestExecutor
{
    public static readonly ActivitySource Npgsql = new("Npgsql");
    public static readonly ActivitySource Redis = new("Commerce.Drivers.Redis");

    public List<GraphQLRequest> Requests { get; } = [];

    /// <summary>Completed when a <c>slow</c> request has started.</summary>
    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A <c>slow</c> request finishes once this is completed.</summary>
    public TaskCompletionSource SlowRelease { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Schema Schema => throw new NotSupportedException("The fake has no schema.");

    public async Task<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        lock (Requests)
        {
            Requests.Add(request);
        }

        DocumentNode document;
        try
        {
            document = request.Document ?? Parser.Parse(request.Query!);
        }
        catch (GraphQLException e)
        {
            return OperationResult.RequestError(e.Errors);
        }

        var operation = document.Definitions.OfType<OperationDefinitionNode>().First();
        if (request.AllowedOperations is { } allowed && !allowed.Contains(operation.Operation))
        {
            return OperationResult.RequestError(new GraphQLError("Operation type not allowed here."));
        }

        var field = (FieldNode)operation.SelectionSet.Selections[0];
        var arguments = field.Arguments.ToDictionary(a => a.Name.Value, a => int.Parse(((IntValueNode)a.Value).Value));
        switch (field.Name.Value)
        {
            case "unknown":
                return OperationResult.RequestError(GraphQLError.Coded("Cannot query field \"unknown\" on type \"Query\".", ErrorCodes.ValidationFailed, [field.Location!.Value]));
            case "boom":
                throw new InvalidOperationException("secret detail");
            case "ticks":
                return new ResponseStream(Ticks(arguments["n"], traced: false, cancellationToken));
            case "tracedTicks":
                return new ResponseStream(Ticks(arguments["n"], traced: true, cancellationToken));
            case "traced":
                await RoundTripsAsync(Npgsql, arguments.GetValueOrDefault("postgres"));
                await RoundTripsAsync(Redis, arguments.GetValueOrDefault("redis"));
                return new OperationResult(new ResultMap { { field.ResponseKey, true } });
            case "slow":
                SlowStarted.TrySetResult();
                await SlowRelease.Task;
                return new OperationResult(new ResultMap { { "slow", "done" } });
            case "echo":
                return new OperationResult(new ResultMap { { "echo", request.Variables?.GetValueOrDefault("v") } });
            default:
                return new OperationResult(new ResultMap { { field.ResponseKey, "world" } });
        }
    }

    private static async Task RoundTripsAsync(ActivitySource source, int count)
    {
        for (var i = 0; i < count; i++)
        {
            // Started here, in the request's flow; stopped on a pool thread with no flow at all, as a
            // multiplexing driver's reader loop would.
            var activity = source.StartActivity("round trip");
            await Task.Yield();
            Task stop;
            using (ExecutionContext.SuppressFlow())
            {
                stop = Task.Run(() => activity?.Stop());
            }

            await stop;
        }
    }

    /// <summary>n events; when traced, event i makes i PostgreSQL round trips while it is produced.</summary>
    private static async IAsyncEnumerable<OperationResult> Ticks(int n, bool traced, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= n; i++)
        {
            await Task.Yield();
            if (traced)
            {
                await RoundTripsAsync(Npgsql, i);
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return new OperationResult(new ResultMap { { "ticks", i } });
        }
    }
}
