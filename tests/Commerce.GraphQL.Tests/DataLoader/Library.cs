using Commerce.GraphQL.DataLoader;

namespace Commerce.GraphQL.Tests.DataLoader;

public sealed record Author(int Id, string Name);

public sealed record Book(int Id, int AuthorId, string Title);

public sealed record Review(int Id, int BookId, int ReviewerId, int Stars);

public sealed record User(int Id, string Name);

/// <summary>An in-memory store that records every batch it is asked for.</summary>
public sealed class LibraryStore
{
    public LibraryStore(int authors, int booksPerAuthor, int reviewsPerBook, int users)
    {
        Authors = Enumerable.Range(1, authors).Select(i => new Author(i, "author " + i)).ToList();
        Books = Authors.SelectMany(a => Enumerable.Range(0, booksPerAuthor).Select(j => new Book(a.Id * 100 + j, a.Id, $"book {a.Id}.{j}"))).ToList();
        Reviews = Books.SelectMany(b => Enumerable.Range(0, reviewsPerBook).Select(k => new Review(b.Id * 10 + k, b.Id, (b.Id + k) % users + 1, k + 1))).ToList();
        Users = Enumerable.Range(1, users).Select(i => new User(i, "user " + i)).ToList();
    }

    public List<Author> Authors { get; }

    public List<Book> Books { get; }

    public List<Review> Reviews { get; }

    public List<User> Users { get; }

    /// <summary>Each batch the store served: the table and the keys asked for.</summary>
    public List<(string Table, int[] Keys)> Batches { get; } = [];

    public void Record(string table, IReadOnlyList<int> keys)
    {
        lock (Batches)
        {
            Batches.Add((table, keys.ToArray()));
        }
    }
}

public sealed class BooksByAuthorLoader(LibraryStore store) : GroupedDataLoader<int, Book>
{
    protected override async Task<ILookup<int, Book>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        store.Record("books", keys);
        await Task.Delay(1, cancellationToken);
        return store.Books.Where(b => keys.Contains(b.AuthorId)).ToLookup(b => b.AuthorId);
    }
}

public sealed class ReviewsByBookLoader(LibraryStore store) : GroupedDataLoader<int, Review>
{
    protected override async Task<ILookup<int, Review>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        store.Record("reviews", keys);
        await Task.Yield();
        return store.Reviews.Where(r => keys.Contains(r.BookId)).ToLookup(r => r.BookId);
    }
}

public sealed class UserByIdLoader(LibraryStore store) : BatchDataLoader<int, User>
{
    protected override Task<IReadOnlyDictionary<int, User>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        store.Record("users", keys);
        return Task.FromResult<IReadOnlyDictionary<int, User>>(store.Users.Where(u => keys.Contains(u.Id)).ToDictionary(u => u.Id));
    }
}

public sealed class UserByIdSingleLoader(LibraryStore store) : CacheDataLoader<int, User>
{
    protected override async Task<User> LoadSingleAsync(int key, CancellationToken cancellationToken)
    {
        store.Record("user", [key]);
        await Task.Yield();
        return store.Users.Single(u => u.Id == key);
    }
}

/// <summary>Just enough of a service provider to hand loaders their store.</summary>
public sealed class Services(params object[] services) : IServiceProvider
{
    public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
}
