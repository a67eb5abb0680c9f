using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Tests.Execution;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.DataLoader;

/// <summary>
/// Authors → books → reviews → reviewer: every level's loads reach the store in exactly one batch, whatever the
/// number of items, because the request's loop dispatches only when every resolver is waiting.
/// </summary>
public sealed class DataLoaderBatchingTests
{
    private const string Query = "{ authors { name books { title reviews { stars reviewer { name } } } } }";

    private static Schema CreateSchema(bool awaitBeforeLoading = false, bool reviewerAsTaskList = false)
    {
        var user = new ObjectType("User");
        user.Field("name", TestSchemas.String);
        var review = new ObjectType("Review");
        review.Field("stars", TestSchemas.Int);
        review.Field("reviewer", user, async context =>
            await context.DataLoader<UserByIdLoader>().LoadAsync(context.ParentAs<Review>().ReviewerId));
        var book = new ObjectType("Book");
        book.Field("title", TestSchemas.String);
        book.Field("reviews", new ListType(review), async context =>
            await context.DataLoader<ReviewsByBookLoader>().LoadAsync(context.ParentAs<Book>().Id));
        var author = new ObjectType("Author");
        author.Field("name", TestSchemas.String);
        author.Field("books", new ListType(book), async context =>
        {
            if (awaitBeforeLoading)
            {
                // Other asynchronous work that resumes within the step: the loop waits for it before dispatching.
                // (Work that resumes later, e.g. after a timer, joins the batch of the step it resumes in.)
                await Task.Yield();
                await Task.Yield();
            }

            return await context.DataLoader<BooksByAuthorLoader>().LoadAsync(context.ParentAs<Author>().Id);
        });
        var query = new ObjectType("Query");
        query.Field("authors", new ListType(author), context => new ValueTask<object?>(context.Service<LibraryStore>().Authors));
        if (reviewerAsTaskList)
        {
            // A list of pending loads, as graphql-js resolvers often return.
            query.Field("users", new ListType(user), context =>
                new ValueTask<object?>(new[] { 3, 1, 3, 2 }.Select(id => context.DataLoader<UserByIdSingleLoader>().LoadAsync(id)).ToList()));
        }

        return new Schema(query);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(7, false)]
    [InlineData(40, false)]
    [InlineData(40, true)]
    public async Task Each_level_is_one_batch(int authors, bool awaitBeforeLoading)
    {
        var store = new LibraryStore(authors, booksPerAuthor: 3, reviewsPerBook: 2, users: 5);
        var executor = new RequestExecutor(CreateSchema(awaitBeforeLoading));

        var result = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest { Query = Query, Services = new Services(store) });

        Assert.Null(result.Errors);
        Assert.Equal(["books", "reviews", "users"], store.Batches.Select(b => b.Table));
        Assert.Equal(store.Authors.Select(a => a.Id), store.Batches[0].Keys);
        Assert.Equal(store.Books.Select(b => b.Id), store.Batches[1].Keys);
        Assert.Equal(store.Reviews.Select(r => r.ReviewerId).Distinct().Order(), store.Batches[2].Keys.Order());

        // The data is the store's, in order: spot-check the last author's last review.
        var lastAuthor = (ResultMap)((ResultList)result.Data!["authors"]!)[^1]!;
        var lastBook = (ResultMap)((ResultList)lastAuthor["books"]!)[^1]!;
        var lastReview = (ResultMap)((ResultList)lastBook["reviews"]!)[^1]!;
        var expectedReview = store.Reviews[^1];
        Assert.Equal(expectedReview.Stars, lastReview["stars"]);
        Assert.Equal(store.Users.Single(u => u.Id == expectedReview.ReviewerId).Name, ((ResultMap)lastReview["reviewer"]!)["name"]);
    }

    [Fact]
    public async Task Loader_cache_lives_for_one_request()
    {
        var store = new LibraryStore(authors: 3, booksPerAuthor: 1, reviewsPerBook: 1, users: 2);
        var executor = new RequestExecutor(CreateSchema());

        await executor.ExecuteAsync(new GraphQLRequest { Query = Query, Services = new Services(store) });
        await executor.ExecuteAsync(new GraphQLRequest { Query = Query, Services = new Services(store) });

        Assert.Equal(["books", "reviews", "users", "books", "reviews", "users"], store.Batches.Select(b => b.Table));
    }

    [Fact]
    public async Task A_list_of_pending_loads_completes_in_order_with_one_load_per_key()
    {
        var store = new LibraryStore(authors: 1, booksPerAuthor: 1, reviewsPerBook: 1, users: 3);
        var executor = new RequestExecutor(CreateSchema(reviewerAsTaskList: true));

        var result = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ users { name } }", Services = new Services(store) });

        Assert.Equal("""{"data":{"users":[{"name":"user 3"},{"name":"user 1"},{"name":"user 3"},{"name":"user 2"}]}}""", result.Json());
        Assert.Equal([[3], [1], [2]], store.Batches.Select(b => b.Keys));
    }

    [Fact]
    public async Task Resolvers_that_leave_the_request_loop_still_get_their_values()
    {
        var store = new LibraryStore(authors: 5, booksPerAuthor: 2, reviewsPerBook: 1, users: 2);
        var book = new ObjectType("Book");
        book.Field("title", TestSchemas.String);
        var author = new ObjectType("Author");
        author.Field("books", new ListType(book), async context =>
        {
            // ConfigureAwait(false) resumes on the thread pool, outside the loop; the load must still be dispatched.
            await Task.Delay(1).ConfigureAwait(false);
            return await context.DataLoader<BooksByAuthorLoader>().LoadAsync(context.ParentAs<Author>().Id).ConfigureAwait(false);
        });
        var query = new ObjectType("Query");
        query.Field("authors", new ListType(author), context => new ValueTask<object?>(context.Service<LibraryStore>().Authors));
        var executor = new RequestExecutor(new Schema(query));

        var result = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ authors { books { title } } }", Services = new Services(store) });

        Assert.Null(result.Errors);
        var titles = ((ResultList)result.Data!["authors"]!).Cast<ResultMap>()
            .SelectMany(a => ((ResultList)a["books"]!).Cast<ResultMap>().Select(b => (string)b["title"]!));
        Assert.Equal(store.Books.Select(b => b.Title), titles);
        Assert.Equal(store.Authors.Select(a => a.Id), store.Batches.SelectMany(b => b.Keys).Order());
    }

    [Fact]
    public async Task Loader_failure_fails_the_fields_that_wait_for_it_and_is_not_cached()
    {
        var loader = new FlakyLoader();
        var first = await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2)).ContinueWith(t => t.Exception?.InnerException?.Message);
        var second = await loader.LoadAsync(1);

        Assert.Equal("store down", first);
        Assert.Equal("value 1", second);
        Assert.Equal(2, loader.Calls);
    }

    [Fact]
    public async Task Outside_a_request_keys_queued_together_are_batched_on_the_thread_pool()
    {
        var store = new LibraryStore(authors: 1, booksPerAuthor: 1, reviewsPerBook: 1, users: 4);
        var loader = new UserByIdLoader(store);

        var users = await loader.LoadAsync([4, 2, 4, 1]);

        Assert.Equal(["user 4", "user 2", "user 4", "user 1"], users.Select(u => u.Name));
        Assert.Equal([4, 2, 1], Assert.Single(store.Batches).Keys);
    }

    [Fact]
    public async Task Max_batch_size_splits_batches()
    {
        var store = new LibraryStore(authors: 1, booksPerAuthor: 1, reviewsPerBook: 1, users: 5);
        var loader = new SmallBatchUserLoader(store);

        await loader.LoadAsync([1, 2, 3, 4, 5]);

        Assert.Equal([[1, 2], [3, 4], [5]], store.Batches.Select(b => b.Keys));
    }

    private sealed class FlakyLoader : BatchDataLoader<int, string>
    {
        public int Calls { get; private set; }

        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Calls++;
            return Calls == 1
                ? Task.FromException<IReadOnlyDictionary<int, string>>(new InvalidOperationException("store down"))
                : Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "value " + k));
        }
    }

    private sealed class SmallBatchUserLoader(LibraryStore store) : BatchDataLoader<int, User>(new DataLoaderOptions { MaxBatchSize = 2 })
    {
        protected override Task<IReadOnlyDictionary<int, User>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            store.Record("users", keys);
            return Task.FromResult<IReadOnlyDictionary<int, User>>(store.Users.Where(u => keys.Contains(u.Id)).ToDictionary(u => u.Id));
        }
    }
}
