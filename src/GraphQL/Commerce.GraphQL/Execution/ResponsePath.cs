namespace Commerce.GraphQL.Execution;

/// <summary>The path of a field in the response (spec 7.1.2 "path"), as an immutable linked list: cheap to extend per field.</summary>
public sealed class ResponsePath
{
    private readonly string? _name;
    private readonly int _index;

    private ResponsePath(ResponsePath? parent, string? name, int index, int depth)
    {
        Parent = parent;
        _name = name;
        _index = index;
        Depth = depth;
    }

    public ResponsePath? Parent { get; }

    /// <summary>A response key (string) or a list index (int; boxed only when asked for, as errors rarely are).</summary>
    public object Key => _name ?? (object)_index;

    public int Depth { get; }

    public static ResponsePath Root(string key) => new(null, key, 0, 1);

    public ResponsePath Append(string key) => new(this, key, 0, Depth + 1);

    public ResponsePath Append(int index) => new(this, null, index, Depth + 1);

    public IReadOnlyList<object> ToList()
    {
        var items = new object[Depth];
        for (var node = this; node is not null; node = node.Parent)
        {
            items[node.Depth - 1] = node.Key;
        }

        return items;
    }

    public override string ToString() => string.Join('.', ToList());
}
