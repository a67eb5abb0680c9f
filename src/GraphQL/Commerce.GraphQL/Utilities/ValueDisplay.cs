using System.Collections;
using System.Globalization;
using System.Text;

namespace Commerce.GraphQL.Utilities;

/// <summary>Renders a plain input or runtime value for error messages, the way graphql-js's <c>inspect</c> does.</summary>
public static class ValueDisplay
{
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, depth: 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append(System.Text.Json.JsonSerializer.Serialize(s));
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case double d:
                builder.Append(double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case IFormattable number when value.GetType().IsPrimitive || value is decimal:
                builder.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                // As graphql-js's inspect: empty first, then the depth limit (objects nested two deep show as a tag).
                var entries = map.ToList();
                if (entries.Count == 0)
                {
                    builder.Append("{}");
                    break;
                }

                if (depth >= 2)
                {
                    builder.Append("[Object]");
                    break;
                }

                builder.Append("{ ");
                for (var i = 0; i < entries.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(entries[i].Key).Append(": ");
                    Append(builder, entries[i].Value, depth + 1);
                }

                builder.Append(" }");
                break;
            case IEnumerable list:
                if (depth >= 2)
                {
                    builder.Append(list.GetEnumerator().MoveNext() ? "[Array]" : "[]");
                    break;
                }

                builder.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    Append(builder, item, depth + 1);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(value.ToString());
                break;
        }
    }
}
