using System.Text;

namespace Commerce.GraphQL.Coercion;

/// <summary>Where inside a variable's value an invalid value sits: field names and list indices, as a linked list.</summary>
public sealed class InputPath(InputPath? parent, object key)
{
    public InputPath? Parent { get; } = parent;

    /// <summary>A field name (string) or a list index (int).</summary>
    public object Key { get; } = key;

    /// <summary>graphql-js's printPathArray: <c>.field[0].other</c>.</summary>
    public static string Print(InputPath? path)
    {
        if (path is null)
        {
            return string.Empty;
        }

        var keys = new List<object>();
        for (var node = path; node is not null; node = node.Parent)
        {
            keys.Add(node.Key);
        }

        var builder = new StringBuilder();
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            if (keys[i] is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(keys[i]);
            }
        }

        return builder.ToString();
    }
}
