using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>
/// A scalar declared in SDL that the engine has no rules for: values pass through unchanged (graphql-js's default
/// scalar behaviour), literals become plain values. Replace it with a real scalar for production use.
/// </summary>
public sealed class CustomScalarType(string name, string? description = null) : ScalarType(name, description)
{
    private readonly JsonType _plain = new();

    public override Type RuntimeType => typeof(object);

    public override object Serialize(object value) => _plain.Serialize(value);

    public override object ParseValue(object value) => value;

    public override object ParseLiteral(ValueNode literal) => _plain.ParseLiteral(literal);

    public override ValueNode ToLiteral(object value) => _plain.ToLiteral(value);
}
