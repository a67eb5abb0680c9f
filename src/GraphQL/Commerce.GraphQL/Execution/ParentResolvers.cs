namespace Commerce.GraphQL.Execution;

/// <summary>
/// Resolvers that only read their parent object (a property, a field, a dictionary entry). The executor recognises
/// them when it plans an operation and calls the reader directly, without creating a resolver context; anyone
/// else can still call them as ordinary <see cref="Types.FieldResolver"/>s.
/// </summary>
public static class ParentResolvers
{
    /// <summary>A resolver returning <paramref name="read"/> of the parent (null when the parent is null).</summary>
    public static Types.FieldResolver Create(Func<object, object?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new ParentReader(read).Resolve;
    }

    /// <summary>The reader behind a resolver made by <see cref="Create"/>; null for any other resolver.</summary>
    internal static Func<object, object?>? ReaderOf(Types.FieldResolver? resolver) => resolver?.Target is ParentReader reader ? reader.Read : null;

    private sealed class ParentReader(Func<object, object?> read)
    {
        public Func<object, object?> Read { get; } = read;

        public ValueTask<object?> Resolve(IResolverContext context) =>
            new(context.Parent is { } parent ? Read(parent) : null);
    }
}
