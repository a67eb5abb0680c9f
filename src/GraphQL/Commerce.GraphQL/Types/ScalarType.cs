using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>
/// A leaf type (spec 3.5) with its three coercions: result coercion (<see cref="Serialize"/>), input coercion
/// from variable values (<see cref="ParseValue"/>) and from literals (<see cref="ParseLiteral"/>).
/// Input coercion failures throw <see cref="InputCoercionException"/>; result coercion failures throw
/// <see cref="SerializationException"/>.
/// </summary>
public abstract class ScalarType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the specification this scalar follows (<c>@specifiedBy</c>).</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>The C# type resolvers return for this scalar and resolvers receive as arguments.</summary>
    public abstract Type RuntimeType { get; }

    /// <summary>Result coercion: a resolver's value to the value written into the response.</summary>
    public abstract object Serialize(object value);

    /// <summary>Input coercion of a variable value (a plain input value, never null) to the runtime value.</summary>
    public abstract object ParseValue(object value);

    /// <summary>Input coercion of a literal (never a variable or null) to the runtime value.</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>The literal that denotes a runtime value (for printing default values).</summary>
    public abstract ValueNode ToLiteral(object value);
}

/// <summary>An input value that the type cannot accept; the message says why, in graphql-js's words.</summary>
public sealed class InputCoercionException(string message) : Exception(message);

/// <summary>A resolver's value that the output type cannot represent.</summary>
public sealed class SerializationException(string message) : Exception(message);
