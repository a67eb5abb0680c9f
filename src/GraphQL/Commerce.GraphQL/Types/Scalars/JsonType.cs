using System.Collections;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary><c>JSON</c>: any JSON value, passed through as plain values (maps, lists, strings, numbers, booleans, null).</summary>
public sealed class JsonType() : ScalarType("JSON", "Any JSON value.")
{
    public override Type RuntimeType => typeof(object);

    public override object Serialize(object value) => ToResult(value)!;

    public override object ParseValue(object value) => value;

    public override object ParseLiteral(ValueNode literal) => FromLiteral(literal)!;

    public override ValueNode ToLiteral(object value) => value switch
    {
        IEnumerable<KeyValuePair<string, object?>> map => new ObjectValueNode(
            map.Select(e => new ObjectFieldNode(new NameNode(e.Key), e.Value is null ? new NullValueNode() : ToLiteral(e.Value))).ToList()),
        string s => new StringValueNode(s),
        bool b => new BooleanValueNode(b),
        IEnumerable list => new ListValueNode(list.Cast<object?>().Select(v => v is null ? new NullValueNode() : ToLiteral(v)).ToList()),
        _ when NumberCoercion.TryGetInteger(value, out var l) => new IntValueNode(l.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ when NumberCoercion.TryGetDouble(value, out var d) => new FloatValueNode(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new SerializationException($"JSON cannot represent value: {ValueDisplay.Inspect(value)}"),
    };

    private static object? FromLiteral(ValueNode literal) => literal switch
    {
        NullValueNode => null,
        ObjectValueNode o => FromObjectLiteral(o),
        VariableNode => null,
        ListValueNode l => l.Values.Select(FromLiteral).ToList(),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        IntValueNode i => long.TryParse(i.Value, out var l) ? l : double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        EnumValueNode e => e.Value,
        _ => throw new InputCoercionException($"JSON cannot represent value: {Printer.Print(literal)}"),
    };

    /// <summary>Like graphql-js's valueFromASTUntyped: a repeated field keeps its last value (validation reports the repeat).</summary>
    private static Dictionary<string, object?> FromObjectLiteral(ObjectValueNode literal)
    {
        var fields = new Dictionary<string, object?>(literal.Fields.Count, StringComparer.Ordinal);
        foreach (var field in literal.Fields)
        {
            fields[field.Name.Value] = FromLiteral(field.Value);
        }

        return fields;
    }

    private static object? ToResult(object? value)
    {
        switch (value)
        {
            case null or string or bool or ResultMap or ResultList:
                return value;
            case IEnumerable<KeyValuePair<string, object?>> map:
                var resultMap = new ResultMap();
                foreach (var entry in map)
                {
                    resultMap.Add(entry.Key, ToResult(entry.Value));
                }

                return resultMap;
            case IEnumerable list:
                var resultList = new ResultList();
                foreach (var item in list)
                {
                    resultList.Add(ToResult(item));
                }

                return resultList;
            default:
                return NumberCoercion.TryGetDouble(value, out _) ? value : value.ToString();
        }
    }
}
