using System.Threading.Channels;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private sealed record PriceChanged(string Sku, decimal Price);

    private static (RequestExecutor Executor, Channel<object?> Source, List<string> Subscribed) Create()
    {
        var source = Channel.CreateUnbounded<object?>();
        var subscribed = new List<string>();
        var priceChange = new ObjectType("PriceChange");
        priceChange.Field("sku", TestSchemas.String);
        priceChange.Field("price", TestSchemas.Int, context => new ValueTask<object?>((int)context.ParentAs<PriceChanged>().Price));
        priceChange.Field("fails", TestSchemas.String, _ => throw new GraphQLException("Price feed detail unavailable.", "UNAVAILABLE"));
        var subscription = new ObjectType("Subscription");
        var field = subscription.Field("priceChanged", new NonNullType(priceChange))
            .Argument("sku", new NonNullType(TestSchemas.String));
        field.Subscriber = context =>
        {
            var sku = context.ArgumentValue<string>("sku");
            subscribed.Add(sku);
            return new ValueTask<IAsyncEnumerable<object?>>(source.Reader.ReadAllAsync().Where(e => ((PriceChanged)e!).Sku == sku));
        };
        var query = new ObjectType("Query");
        query.Field("ok", TestSchemas.Boolean, TestSchemas.Value(true));
        return (new RequestExecutor(new Schema(query, subscriptionType: subscription)), source, subscribed);
    }

    [Fact]
    public async Task Each_source_event_executes_the_selection_set_with_the_event_as_root_value()
    {
        var (executor, source, subscribed) = Create();
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "subscription ($sku: String!) { priceChanged(sku: $sku) { sku price __typename } }",
            Variables = new Dictionary<string, object?> { ["sku"] = "A-1" },
        });
        var stream = Assert.IsType<ResponseStream>(result);
        Assert.Equal(["A-1"], subscribed);

        await source.Writer.WriteAsync(new PriceChanged("A-1", 10m));
        await source.Writer.WriteAsync(new PriceChanged("B-2", 99m));
        await source.Writer.WriteAsync(new PriceChanged("A-1", 12m));
        source.Writer.Complete();

        var responses = new List<string>();
        await foreach (var response in stream.ReadResultsAsync())
        {
            responses.Add(response.Json());
        }

        Assert.Equal(
            [
                """{"data":{"priceChanged":{"sku":"A-1","price":10,"__typename":"PriceChange"}}}""",
                """{"data":{"priceChanged":{"sku":"A-1","price":12,"__typename":"PriceChange"}}}""",
            ],
            responses);
    }

    [Fact]
    public async Task Field_errors_of_an_event_stay_in_that_event()
    {
        var (executor, source, _) = Create();
        var stream = (ResponseStream)await executor.ExecuteAsync(new GraphQLRequest { Query = """subscription { priceChanged(sku: "X") { sku fails } }""" });
        await source.Writer.WriteAsync(new PriceChanged("X", 1m));
        source.Writer.Complete();

        var response = await stream.ReadResultsAsync().SingleAsync();

        Assert.Equal("""{"priceChanged":{"sku":"X","fails":null}}""", ResultJson.ToJson((object?)response.Data)!.ToJsonString());
        var error = Assert.Single(response.Errors!);
        Assert.Equal(["priceChanged", "fails"], error.Path);
        Assert.Equal("UNAVAILABLE", error.Code);
    }

    [Fact]
    public async Task A_failing_subscriber_is_an_error_without_data()
    {
        var subscription = new ObjectType("Subscription");
        subscription.Field("ticks", TestSchemas.Int).Subscriber = _ => throw new GraphQLException("Not allowed to subscribe.", ErrorCodes.Forbidden);
        var query = new ObjectType("Query");
        query.Field("ok", TestSchemas.Boolean, TestSchemas.Value(true));
        var executor = new RequestExecutor(new Schema(query, subscriptionType: subscription));

        var result = Assert.IsType<OperationResult>(await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { ticks }" }));

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Not allowed to subscribe.", error.Message);
        Assert.Equal(ErrorCodes.Forbidden, error.Code);
        Assert.Equal(["ticks"], error.Path);
    }
}
