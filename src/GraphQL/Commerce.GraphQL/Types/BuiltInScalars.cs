namespace Commerce.GraphQL.Types;

/// <summary>Creates the scalars this engine knows by name: the spec's five and our commerce scalars.</summary>
public static class BuiltInScalars
{
    public static readonly IReadOnlySet<string> SpecifiedNames = new HashSet<string>(StringComparer.Ordinal) { "Int", "Float", "String", "Boolean", "ID" };

    public static bool IsSpecified(string name) => SpecifiedNames.Contains(name);

    /// <summary>A new instance of the scalar of that name, or null when the engine has no such scalar.</summary>
    public static ScalarType? Create(string name) => name switch
    {
        "Int" => new IntType { IsBuiltIn = true },
        "Float" => new FloatType { IsBuiltIn = true },
        "String" => new StringType { IsBuiltIn = true },
        "Boolean" => new BooleanType { IsBuiltIn = true },
        "ID" => new IdType { IsBuiltIn = true },
        "DateTime" => new DateTimeType { SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time" },
        "Date" => new DateType { SpecifiedByUrl = "https://scalars.graphql.org/andimarek/local-date" },
        "Decimal" => new DecimalType(),
        "Long" => new LongType(),
        "UUID" => new UuidType { SpecifiedByUrl = "https://tools.ietf.org/html/rfc4122" },
        "URL" => new UrlType { SpecifiedByUrl = "https://tools.ietf.org/html/rfc3986" },
        "JSON" => new JsonType(),
        _ => null,
    };
}
