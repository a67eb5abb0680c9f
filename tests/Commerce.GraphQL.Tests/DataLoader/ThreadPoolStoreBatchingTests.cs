using Commerce.GraphQL.Configuration;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.DataLoader;

/// <summary>
/// Loaders whose store replies on the thread pool (as a real driver does), behind code-first resolvers that return
/// the loader's task as is (the shape of the modules' fields): each level must still reach its store in exactly
/// one batch, every run, whatever the number of items.
/// </summary>
public sealed class ThreadPoolStoreBatchingTests
{
    private const int Runs = 50;

    [Theory]
    [InlineData(2)]
    [InlineData(12)]
    [InlineData(50)]
    public async Task Fields_of_list_items_load_in_one_batch_per_level(int orders)
    {
        var executor = new RequestExecutor(BuildSchema());
        for (var run = 0; run < Runs; run++)
        {
            var store = new ShopStore(orders);

            var result = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest
            {
                Query = "{ orders { id lines { productId product { name supplier { name } } } } }",
                Services = new Services(store),
            });

            Assert.Null(result.Errors);
            Assert.Equal(["orders", "lines", "products", "suppliers"], store.Batches.Select(b => b.Table));
            Assert.Equal(store.OrderIds, store.Batches[0].Keys);
            Assert.Equal(store.OrderIds, store.Batches[1].Keys.Order());
            Assert.Equal(store.Lines.Select(l => l.ProductId).Distinct().Order(), store.Batches[2].Keys.Order());
            AssertLastLine(store, result);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(12)]
    [InlineData(50)]
    public async Task Fields_of_an_async_list_load_in_one_batch_per_level(int orders)
    {
        var executor = new RequestExecutor(BuildSchema());
        for (var run = 0; run < Runs; run++)
        {
            var store = new ShopStore(orders);

            var result = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest
            {
                Query = "{ recommendations { product { name supplier { name } } } }",
                Services = new Services(store),
            });

            Assert.Null(result.Errors);
            Assert.Equal(["lines", "products", "suppliers"], store.Batches.Select(b => b.Table));
            Assert.Equal(store.OrderIds, store.Batches[0].Keys.Order());
            var names = ((ResultList)result.Data!["recommendations"]!).Cast<ResultMap>().Select(r => (string)((ResultMap)r["product"]!)["name"]!);
            Assert.Equal(store.Lines.Select(l => "product " + l.ProductId), names);
        }
    }

    private static void AssertLastLine(ShopStore store, OperationResult result)
    {
        var lastOrder = (ResultMap)((ResultList)result.Data!["orders"]!)[^1]!;
        var lastLine = (ResultMap)((ResultList)lastOrder["lines"]!)[^1]!;
        var expected = store.Lines.Last(l => l.OrderId == store.OrderIds[^1]);
        Assert.Equal(expected.ProductId, lastLine["productId"]);
        var product = (ResultMap)lastLine["product"]!;
        Assert.Equal("product " + expected.ProductId, product["name"]);
        Assert.Equal("supplier " + (expected.ProductId % 3), ((ResultMap)product["supplier"]!)["name"]);
    }

    private static Schema BuildSchema() => SchemaBuilder.New()
        .AddQueryType<ShopQuery>()
        .AddTypeExtension<OrderFields>()
        .AddTypeExtension<OrderLineFields>()
        .AddTypeExtension<ShopProductFields>()
        .AddTypeExtension<RecommendationFields>()
        .Build();

    public sealed record Order(int Id);

    public sealed record OrderLine(int OrderId, int ProductId);

    public sealed record ShopProduct(int Id, string Name, int SupplierId);

    public sealed record Supplier(int Id, string Name);

    public sealed record Recommendation(int ProductId);

    public sealed class ShopQuery
    {
        /// <summary>An async resolver awaiting a loader, as a list field backed by a store.</summary>
        public async Task<IReadOnlyList<Order>> GetOrdersAsync(IResolverContext context)
        {
            var store = context.Service<ShopStore>();
            var orders = await context.DataLoader<OrderByIdLoader>().LoadAsync(store.OrderIds);
            return orders;
        }

        /// <summary>An async sequence whose items come from a loader awaiting its store.</summary>
        public async IAsyncEnumerable<Recommendation> GetRecommendations(IResolverContext context)
        {
            var store = context.Service<ShopStore>();
            var loader = context.DataLoader<LinesByOrderLoader>();
            var groups = await Task.WhenAll(store.OrderIds.Select(id => loader.LoadAsync(id)));
            foreach (var line in groups.SelectMany(g => g))
            {
                yield return new Recommendation(line.ProductId);
            }
        }
    }

    [ExtendObjectType(typeof(Order))]
    public sealed class OrderFields
    {
        public Task<OrderLine[]> GetLinesAsync([Parent] Order order, IResolverContext context) =>
            context.DataLoader<LinesByOrderLoader>().LoadAsync(order.Id);
    }

    [ExtendObjectType(typeof(OrderLine))]
    public sealed class OrderLineFields
    {
        public Task<ShopProduct> GetProductAsync([Parent] OrderLine line, IResolverContext context) =>
            context.DataLoader<ProductByIdLoader>().LoadAsync(line.ProductId);
    }

    [ExtendObjectType(typeof(ShopProduct))]
    public sealed class ShopProductFields
    {
        /// <summary>An async method that awaits its load on the loop: its task completes there, not in the loader.</summary>
        public async Task<Supplier> GetSupplierAsync([Parent] ShopProduct product, IResolverContext context)
        {
            var supplier = await context.DataLoader<SupplierByIdLoader>().LoadAsync(product.SupplierId);
            return supplier;
        }
    }

    [ExtendObjectType(typeof(Recommendation))]
    public sealed class RecommendationFields
    {
        /// <summary>An async method that awaits its load on the loop: its task completes there, not in the loader.</summary>
        public async Task<ShopProduct> GetProductAsync([Parent] Recommendation recommendation, IResolverContext context)
        {
            var product = await context.DataLoader<ProductByIdLoader>().LoadAsync(recommendation.ProductId);
            return product;
        }
    }

    /// <summary>An in-memory store that answers on the thread pool, like a driver's socket read, and records every batch.</summary>
    public sealed class ShopStore
    {
        public ShopStore(int orders)
        {
            OrderIds = Enumerable.Range(1, orders).ToArray();
            Lines = OrderIds.SelectMany(o => Enumerable.Range(0, 3).Select(j => new OrderLine(o, (o * 7 + j) % 40 + 1))).ToList();
        }

        public int[] OrderIds { get; }

        public List<OrderLine> Lines { get; }

        public List<(string Table, int[] Keys)> Batches { get; } = [];

        public async Task<IReadOnlyDictionary<int, T>> QueryAsync<T>(string table, IReadOnlyList<int> keys, Func<int, T> row)
        {
            Record(table, keys);
            await Task.Delay(1).ConfigureAwait(false);
            return keys.Distinct().ToDictionary(k => k, row);
        }

        public async Task<ILookup<int, OrderLine>> QueryLinesAsync(IReadOnlyList<int> orderIds)
        {
            Record("lines", orderIds);
            await Task.Yield();
            await Task.Delay(1).ConfigureAwait(false);
            return Lines.Where(l => orderIds.Contains(l.OrderId)).ToLookup(l => l.OrderId);
        }

        private void Record(string table, IReadOnlyList<int> keys)
        {
            lock (Batches)
            {
                Batches.Add((table, keys.ToArray()));
            }
        }
    }

    public sealed class OrderByIdLoader(ShopStore store) : BatchDataLoader<int, Order>
    {
        protected override Task<IReadOnlyDictionary<int, Order>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            store.QueryAsync("orders", keys, id => new Order(id));
    }

    public sealed class LinesByOrderLoader(ShopStore store) : GroupedDataLoader<int, OrderLine>
    {
        protected override Task<ILookup<int, OrderLine>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            store.QueryLinesAsync(keys);
    }

    public sealed class ProductByIdLoader(ShopStore store) : BatchDataLoader<int, ShopProduct>
    {
        protected override Task<IReadOnlyDictionary<int, ShopProduct>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            store.QueryAsync("products", keys, id => new ShopProduct(id, "product " + id, id % 3));
    }

    public sealed class SupplierByIdLoader(ShopStore store) : BatchDataLoader<int, Supplier>
    {
        protected override Task<IReadOnlyDictionary<int, Supplier>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            store.QueryAsync("suppliers", keys, id => new Supplier(id, "supplier " + id));
    }
}
