using static Commerce.GraphQL.Tests.Support.SdlSchemas;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Tests.Validation;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.Execution.CrossCheck;

/// <summary>
/// The schema of the values corpus (values/schema.graphql) with the resolvers node/values.js gives graphql-js:
/// each field reads "field_key" (or "field") from its parent in values/data.json, a {"$error": m} value raises m,
/// abstract types resolve by the "__typename" entry, and echo returns the JSON of its coerced arguments.
/// </summary>
public static class ValuesSchema
{
    public static string Directory => Path.Combine(NodeScripts.TestProjectDirectory, "Execution", "values");

    public static Schema Create()
    {
        var schema = BuildFromSdl(File.ReadAllText(Path.Combine(Directory, "schema.graphql")));
        foreach (var type in schema.TypeList)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        field.Resolver = field.Name == "echo" ? Echo : ReadData;
                    }

                    if (complex is InterfaceType iface)
                    {
                        iface.ResolveType = ByTypeName;
                    }

                    break;
                case UnionType union:
                    union.ResolveType = ByTypeName;
                    break;
            }
        }

        return schema;
    }

    public static object? RootValue() =>
        PlainValues.FromJson(JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "data.json"))));

    private static ValueTask<object?> ReadData(IResolverContext context)
    {
        var key = context.ArgumentValue<string?>("key");
        var name = key is null ? context.Field.Name : context.Field.Name + "_" + key;
        var value = context.Parent is IReadOnlyDictionary<string, object?> parent ? parent.GetValueOrDefault(name) : null;
        if (ErrorOf(value) is { } message)
        {
            throw new GraphQLException(new GraphQLError(message));
        }

        if (value is List<object?> list && list.Any(item => ErrorOf(item) is not null))
        {
            return new ValueTask<object?>(list.Select(item => ErrorOf(item) is { } itemMessage
                ? Task.FromException<object?>(new GraphQLException(new GraphQLError(itemMessage)))
                : (object?)item).ToList());
        }

        return new ValueTask<object?>(value);
    }

    private static string? ErrorOf(object? value) =>
        value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("$error", out var message) ? message as string : null;

    private static ObjectType? ByTypeName(object value, IResolverContext context) =>
        value is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("__typename") is string name
            ? context.Schema.GetType(name) as ObjectType
            : null;

    private static ValueTask<object?> Echo(IResolverContext context)
    {
        var arguments = new Dictionary<string, object?>();
        foreach (var argument in context.Field.Arguments)
        {
            // Coerced arguments hold what was given, else the default; an argument with neither is absent.
            if (context.HasArgument(argument.Name) || argument.HasDefaultValue)
            {
                arguments[argument.Name] = context.ArgumentValue<object?>(argument.Name);
            }
        }

        return new ValueTask<object?>(JsonSerializer.Serialize(arguments, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
