using System.Globalization;
using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>The built-in <c>ID</c>: serialized as a string, accepted as a string or an integer (spec 3.5.5).</summary>
public sealed class IdType() : ScalarType("ID",
    "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override Type RuntimeType => typeof(string);

    public override object Serialize(object value) => value switch
    {
        string s => s,
        Guid g => g.ToString("D"),
        _ when value is not bool && NumberCoercion.TryGetInteger(value, out var l) => l.ToString(CultureInfo.InvariantCulture),
        _ => throw new SerializationException($"ID cannot represent value: {ValueDisplay.Inspect(value)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        string s => s,
        _ when value is not bool && NumberCoercion.TryGetInteger(value, out var l) => l.ToString(CultureInfo.InvariantCulture),
        _ => throw new InputCoercionException($"ID cannot represent value: {ValueDisplay.Inspect(value)}"),
    };

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new InputCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };

    public override ValueNode ToLiteral(object value)
    {
        var id = (string)ParseValue(value);
        return id.Length > 0 && id.All(char.IsAsciiDigit) && (id == "0" || id[0] != '0')
            ? new IntValueNode(id)
            : new StringValueNode(id);
    }
}
