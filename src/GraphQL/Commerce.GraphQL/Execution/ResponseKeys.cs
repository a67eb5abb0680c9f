using System.Text;
using Commerce.GraphQL.Execution.Planning;

namespace Commerce.GraphQL.Execution;

/// <summary>
/// The response keys of a selection set in JSON form (<c>"key":</c>, UTF-8), shared by every <see cref="ResultMap"/>
/// completed from that selection set, so the writer copies bytes instead of encoding names again for each object.
/// </summary>
internal sealed class ResponseKeys
{
    private readonly byte[][] _encoded;

    private ResponseKeys(string[] names)
    {
        Names = names;
        _encoded = Array.ConvertAll(names, name => Encoding.ASCII.GetBytes("\"" + name + "\":"));
    }

    /// <summary>The response keys themselves, in entry order.</summary>
    public string[] Names { get; }

    public int Count => _encoded.Length;

    /// <summary>Entry <paramref name="index"/>'s key as <c>"key":</c>; GraphQL names never need escaping.</summary>
    public ReadOnlySpan<byte> this[int index] => _encoded[index];

    internal static ResponseKeys Of(FieldPlan[] fields) => new(Array.ConvertAll(fields, f => f.ResponseKey));
}
