namespace Commerce.GraphQL.Types;

public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>Any type of the type system (spec 3.4): a named type, or a list or non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The named type under all list and non-null wrappers.</summary>
    public abstract NamedType GetNamedType();

    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>The type without a non-null wrapper (the nullable type of the spec).</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Scalar, enum, input object, or wrappers of them (spec: IsInputType).</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Scalar, object, interface, union, enum, or wrappers of them (spec: IsOutputType).</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    public bool IsListType => Kind == TypeKind.List;

    /// <summary>The type in SDL notation, e.g. <c>[Product!]!</c>.</summary>
    public abstract override string ToString();
}

/// <summary>A list of <see cref="OfType"/>.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null <see cref="OfType"/>, which is never itself non-null.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => OfType + "!";
}
