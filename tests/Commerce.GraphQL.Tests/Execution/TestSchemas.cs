using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.Execution;

/// <summary>Small helpers to build schemas by hand in tests.</summary>
internal static class TestSchemas
{
    public static readonly ScalarType String = BuiltInScalars.Create("String")!;
    public static readonly ScalarType Int = BuiltInScalars.Create("Int")!;
    public static readonly ScalarType Boolean = BuiltInScalars.Create("Boolean")!;

    public static OutputField Field(this ComplexType type, string name, GraphQLType fieldType, FieldResolver? resolver = null)
    {
        var field = new OutputField(name, fieldType) { Resolver = resolver };
        type.Fields.Add(field);
        return field;
    }

    public static OutputField Argument(this OutputField field, string name, GraphQLType type, GraphQL.Language.ValueNode? defaultValue = null)
    {
        field.Arguments.Add(new InputField(name, type) { DefaultValue = defaultValue });
        return field;
    }

    public static FieldResolver Value(object? value) => _ => new ValueTask<object?>(value);

    public static async Task<OperationResult> RunAsync(this IRequestExecutor executor, string query, object? variables = null, CancellationToken cancellationToken = default) =>
        (OperationResult)await executor.ExecuteAsync(
            new GraphQLRequest { Query = query, Variables = (IReadOnlyDictionary<string, object?>?)variables },
            cancellationToken);

    public static string Json(this OperationResult result) => ResultJson.ToJson(result).ToJsonString();
}
