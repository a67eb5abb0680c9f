using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.Execution;

public sealed class ExecutorBehaviourTests
{
    [Fact]
    public async Task Repeated_operation_is_parsed_once_and_evicted_least_recently_used_first()
    {
        var parses = new List<string>();
        var query = new ObjectType("Query");
        query.Field("a", TestSchemas.Int, TestSchemas.Value(1));
        var executor = new RequestExecutor(new Schema(query), new ExecutorOptions
        {
            DocumentCacheSize = 2,
            Parse = (source, options) =>
            {
                parses.Add(source);
                return GraphQL.Language.Parser.Parse(source, options);
            },
        });

        await executor.RunAsync("{ a }");
        await executor.RunAsync("{ a }");
        await executor.RunAsync("{ b: a }");
        await executor.RunAsync("{ a }");      // hit: "{ a }" becomes the most recent
        await executor.RunAsync("{ c: a }");   // evicts "{ b: a }"
        await executor.RunAsync("{ a }");      // still cached
        var again = await executor.RunAsync("{ b: a }"); // parsed again

        Assert.Equal(["{ a }", "{ b: a }", "{ c: a }", "{ b: a }"], parses);
        Assert.Equal("""{"data":{"b":1}}""", again.Json());
        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task Invalid_document_is_a_request_error_without_data()
    {
        var query = new ObjectType("Query");
        query.Field("a", TestSchemas.Int, TestSchemas.Value(1));
        var executor = new RequestExecutor(new Schema(query));

        var result = await executor.RunAsync("{ b }");

        Assert.False(result.HasData);
        Assert.Equal("Cannot query field \"b\" on type \"Query\". Did you mean \"a\"?", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Mutation_root_fields_run_one_after_the_other_and_query_root_fields_together()
    {
        var log = new List<string>();
        FieldResolver Step(string name) => async _ =>
        {
            log.Add("start " + name);
            await Task.Yield();
            await Task.Yield();
            log.Add("end " + name);
            return name;
        };

        var query = new ObjectType("Query");
        query.Field("a", TestSchemas.String, Step("a"));
        query.Field("b", TestSchemas.String, Step("b"));
        var mutation = new ObjectType("Mutation");
        mutation.Field("first", TestSchemas.String, Step("first"));
        mutation.Field("second", TestSchemas.String, Step("second"));
        mutation.Field("third", TestSchemas.String, Step("third"));
        var executor = new RequestExecutor(new Schema(query, mutation));

        var mutationResult = await executor.RunAsync("mutation { third first second }");
        Assert.Equal("""{"data":{"third":"third","first":"first","second":"second"}}""", mutationResult.Json());
        Assert.Equal(["start third", "end third", "start first", "end first", "start second", "end second"], log);

        log.Clear();
        var queryResult = await executor.RunAsync("{ a b }");
        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", queryResult.Json());
        Assert.Equal(["start a", "start b"], log.Take(2));
    }

    [Fact]
    public async Task Cancellation_reaches_resolvers_and_aborts_the_request()
    {
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken seen = default;
        var query = new ObjectType("Query");
        query.Field("slow", TestSchemas.String, async context =>
        {
            seen = context.RequestAborted;
            started.SetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return "never";
        });
        var executor = new RequestExecutor(new Schema(query));

        var running = executor.RunAsync("{ slow }", cancellationToken: cancellation.Token);
        await started.Task;
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(cancellation.Token, seen);
        Assert.True(seen.IsCancellationRequested);
    }

    [Fact]
    public async Task Unexpected_exception_hides_its_details_unless_configured()
    {
        var failure = new InvalidOperationException("connection string with a password");
        var query = new ObjectType("Query");
        query.Field("boom", TestSchemas.String, _ => throw failure);
        query.Field("coded", TestSchemas.String, _ => throw new GraphQLException("No such product.", ErrorCodes.NotFound));
        var schema = new Schema(query);

        var hidden = await new RequestExecutor(schema).RunAsync("{ boom coded }");
        var boom = hidden.Errors!.Single(e => e.Path![0].Equals("boom"));
        Assert.Equal("Unexpected Execution Error", boom.Message);
        Assert.Equal(ErrorCodes.InternalError, boom.Code);
        Assert.Same(failure, boom.Exception);
        Assert.Equal(new GraphQL.Language.Location(2, 6, 1, 3), Assert.Single(boom.Locations!));
        var coded = hidden.Errors!.Single(e => e.Path![0].Equals("coded"));
        Assert.Equal("No such product.", coded.Message);
        Assert.Equal(ErrorCodes.NotFound, coded.Code);
        Assert.Equal("""{"boom":null,"coded":null}""", ResultJson.ToJson((object?)hidden.Data)!.ToJsonString());

        var shown = await new RequestExecutor(schema, new ExecutorOptions { IncludeExceptionDetails = true }).RunAsync("{ boom }");
        Assert.Equal("connection string with a password", Assert.Single(shown.Errors!).Message);
    }

    [Fact]
    public async Task Reported_errors_get_the_field_path_and_keep_the_value()
    {
        var item = new ObjectType("Item");
        item.Field("name", TestSchemas.String, context =>
        {
            context.ReportError(GraphQLError.Coded("Name is partial.", "PARTIAL"));
            return new ValueTask<object?>("half");
        });
        var query = new ObjectType("Query");
        query.Field("items", new ListType(item), TestSchemas.Value(new object[] { 1, 2 }));
        var result = await new RequestExecutor(new Schema(query)).RunAsync("{ items { name } }");

        Assert.Equal("""{"items":[{"name":"half"},{"name":"half"}]}""", ResultJson.ToJson((object?)result.Data)!.ToJsonString());
        Assert.Equal([["items", 0, "name"], ["items", 1, "name"]], result.Errors!.Select(e => e.Path!.ToArray()).ToArray());
        Assert.All(result.Errors!, e => Assert.Equal("PARTIAL", e.Code));
    }

    [Fact]
    public async Task Transport_may_forbid_operation_types()
    {
        var query = new ObjectType("Query");
        query.Field("a", TestSchemas.Int, TestSchemas.Value(1));
        var mutation = new ObjectType("Mutation");
        mutation.Field("m", TestSchemas.Int, TestSchemas.Value(1));
        var executor = new RequestExecutor(new Schema(query, mutation));
        var queriesOnly = new HashSet<GraphQL.Language.OperationType> { GraphQL.Language.OperationType.Query };

        var refused = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "mutation { m }", AllowedOperations = queriesOnly });
        var allowed = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "query { a }", AllowedOperations = queriesOnly });

        Assert.True(refused.IsRequestError);
        Assert.Equal(ExecutionErrorCodes.OperationNotAllowed, Assert.Single(refused.Errors!).Code);
        Assert.Equal("""{"data":{"a":1}}""", allowed.Json());
    }

    [Fact]
    public async Task Operation_selection_errors_carry_operation_not_found()
    {
        var query = new ObjectType("Query");
        query.Field("a", TestSchemas.Int, TestSchemas.Value(1));
        var executor = new RequestExecutor(new Schema(query));

        var unknown = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "query A { a }", OperationName = "B" });
        var ambiguous = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "query A { a } query B { a }" });

        Assert.Equal("Unknown operation named \"B\".", Assert.Single(unknown.Errors!).Message);
        Assert.Equal(ErrorCodes.OperationNotFound, unknown.Errors![0].Code);
        Assert.Equal("Must provide operation name if query contains multiple operations.", Assert.Single(ambiguous.Errors!).Message);
        Assert.False(unknown.HasData);
    }

    [Fact]
    public async Task Default_resolver_reads_properties_fields_and_dictionary_entries()
    {
        var thing = new ObjectType("Thing");
        thing.Field("displayName", TestSchemas.String);
        thing.Field("count", TestSchemas.Int);
        thing.Field("missing", TestSchemas.String);
        var query = new ObjectType("Query");
        query.Field("poco", thing, TestSchemas.Value(new Poco { DisplayName = "poco", Count = 3 }));
        query.Field("map", thing, TestSchemas.Value(new Dictionary<string, object?> { ["displayName"] = "map", ["Count"] = 4 }));
        var result = await new RequestExecutor(new Schema(query)).RunAsync("{ poco { displayName count missing } map { displayName count missing } }");

        Assert.Equal("""{"data":{"poco":{"displayName":"poco","count":3,"missing":null},"map":{"displayName":"map","count":4,"missing":null}}}""", result.Json());
    }

    [Fact]
    public async Task Parent_readers_resolve_like_any_resolver()
    {
        var thing = new ObjectType("Thing");
        var readerField = thing.Field("upper", TestSchemas.String, ParentResolvers.Create(parent => ((Poco)parent).DisplayName!.ToUpperInvariant()));
        var query = new ObjectType("Query");
        query.Field("things", new ListType(thing), TestSchemas.Value(new[] { new Poco { DisplayName = "a" }, new Poco { DisplayName = "b" } }));
        var result = await new RequestExecutor(new Schema(query)).RunAsync("{ things { upper } }");

        Assert.Equal("""{"data":{"things":[{"upper":"A"},{"upper":"B"}]}}""", result.Json());
        Assert.Equal("A", await readerField.Resolver!(new ParentOnlyContext(new Poco { DisplayName = "a" })));
    }

    [Fact]
    public async Task Abstract_types_resolve_by_runtime_type_per_value()
    {
        var named = new InterfaceType("Named");
        named.Field("displayName", TestSchemas.String);
        var poco = new ObjectType("Poco") { RuntimeType = typeof(Poco) };
        poco.Field("displayName", TestSchemas.String);
        poco.Field("count", TestSchemas.Int);
        poco.Interfaces.Add(named);
        var other = new ObjectType("Other") { RuntimeType = typeof(string) };
        other.Field("displayName", TestSchemas.String, context => new ValueTask<object?>(context.ParentAs<string>()));
        other.Interfaces.Add(named);
        var query = new ObjectType("Query");
        query.Field("all", new ListType(named), TestSchemas.Value(new object[] { new Poco { DisplayName = "p1", Count = 1 }, "s1", new Poco { DisplayName = "p2" }, "s2", 42 }));
        var result = await new RequestExecutor(new Schema(query, types: [poco, other])).RunAsync("{ all { __typename displayName ... on Poco { count } } }");

        Assert.Equal(
            """{"data":{"all":[{"__typename":"Poco","displayName":"p1","count":1},{"__typename":"Other","displayName":"s1"},{"__typename":"Poco","displayName":"p2","count":0},{"__typename":"Other","displayName":"s2"},null]}}""",
            ResultJson.ToJson(new OperationResult(result.Data)).ToJsonString());
        Assert.Equal(
            "Abstract type \"Named\" must resolve to an Object type at runtime for field \"Query.all\". Either the \"Named\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            Assert.Single(result.Errors!).Message);
        Assert.Equal(["all", 4], result.Errors![0].Path);
    }

    [Fact]
    public async Task Async_enumerable_completes_as_a_list()
    {
        static async IAsyncEnumerable<int> Numbers()
        {
            for (var i = 1; i <= 3; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }

        var query = new ObjectType("Query");
        query.Field("numbers", new NonNullType(new ListType(new NonNullType(TestSchemas.Int))), _ => new ValueTask<object?>(Numbers()));
        var result = await new RequestExecutor(new Schema(query)).RunAsync("{ numbers }");

        Assert.Equal("""{"data":{"numbers":[1,2,3]}}""", result.Json());
    }

    private sealed class ParentOnlyContext(object parent) : IResolverContext
    {
        public object? Parent { get; } = parent;

        public Schema Schema => throw new NotSupportedException();

        public ObjectType ObjectType => throw new NotSupportedException();

        public OutputField Field => throw new NotSupportedException();

        public GraphQL.Language.FieldNode Selection => throw new NotSupportedException();

        public IReadOnlyList<GraphQL.Language.FieldNode> FieldNodes => throw new NotSupportedException();

        public GraphQL.Language.OperationDefinitionNode Operation => throw new NotSupportedException();

        public ResponsePath Path => throw new NotSupportedException();

        public IReadOnlyDictionary<string, object?> CoercedVariables => throw new NotSupportedException();

        public IServiceProvider Services => throw new NotSupportedException();

        public IDictionary<string, object?> ContextData => throw new NotSupportedException();

        public CancellationToken RequestAborted => default;

        public T ParentAs<T>() => (T)Parent!;

        public T ArgumentValue<T>(string name) => throw new NotSupportedException();

        public bool HasArgument(string name) => false;

        public T Service<T>() where T : notnull => throw new NotSupportedException();

        public void ReportError(GraphQLError error) => throw new NotSupportedException();
    }

    private sealed class Poco
    {
        public string? DisplayName { get; init; }

        public int Count;
    }
}
