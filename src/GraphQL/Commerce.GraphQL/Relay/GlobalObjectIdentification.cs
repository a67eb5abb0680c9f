using System.Reflection;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Relay;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL;

/// <summary>
/// The Relay global object identification: the <c>Node</c> interface, global ids on every <c>[Node]</c> type, and
/// the <c>node(id:)</c> and <c>nodes(ids:)</c> query fields that refetch any node by its global id.
/// </summary>
public static class GlobalObjectIdentification
{
    /// <summary>Adds the Node interface and the node/nodes query fields.</summary>
    public static SchemaBuilder AddGlobalObjectIdentification(this SchemaBuilder builder)
    {
        var resolvers = new Dictionary<string, Func<IResolverContext, string, ValueTask<object?>>>(StringComparer.Ordinal);
        builder.NodeResolvers = resolvers;
        return builder.ConfigureTypes(result => Configure(result, resolvers));
    }

    /// <summary>How to load a node of type <typeparamref name="T"/> by its own (not global) id, usually through a DataLoader.</summary>
    public static SchemaBuilder AddNodeResolver<T>(this SchemaBuilder builder, Func<IResolverContext, string, ValueTask<T?>> resolve)
        where T : class
    {
        var resolvers = builder.NodeResolvers ?? throw new SchemaException("Call AddGlobalObjectIdentification() before AddNodeResolver<T>().");
        var typeName = typeof(T).GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? typeof(T).Name;
        resolvers[typeName] = async (context, id) => await resolve(context, id);
        return builder;
    }

    private static void Configure(SchemaBuildResult result, Dictionary<string, Func<IResolverContext, string, ValueTask<object?>>> resolvers)
    {
        var id = new NonNullType(result.ResolveName("ID"));
        var node = new InterfaceType("Node", "An object with a global id, which node(id:) can refetch.");
        node.Fields.Add(new OutputField("id", id) { Description = "The global id of the object." });
        result.Register(node);

        foreach (var type in result.Types.OfType<ObjectType>().ToList())
        {
            if (type.RuntimeType?.GetCustomAttribute<NodeAttribute>() is not { } nodeAttribute)
            {
                continue;
            }

            var member = type.RuntimeType.GetProperty(nodeAttribute.IdMember)
                ?? throw new SchemaException($"[Node] type {type.RuntimeType.Name} has no property {nodeAttribute.IdMember}.");
            var typeName = type.Name;
            type.Interfaces.Add(node);
            type.Fields.Set(new OutputField("id", id)
            {
                Description = "The global id of the object.",
                Resolver = context => new ValueTask<object?>(GlobalId.Encode(typeName, Convert.ToString(member.GetValue(context.Parent), System.Globalization.CultureInfo.InvariantCulture)!)),
            });
        }

        var query = result.Find(OperationTypeNames.Query) as ObjectType ?? throw new SchemaException("Global object identification needs a query type.");
        var nodeField = new OutputField("node", node)
        {
            Description = "Fetches an object given its global id.",
            Resolver = context => Resolve(context, context.ArgumentValue<string>("id"), resolvers),
        };
        nodeField.Arguments.Add(new InputField("id", id) { Description = "The global id of the object." });
        query.Fields.Add(nodeField);

        var nodesField = new OutputField("nodes", new NonNullType(new ListType(node)))
        {
            Description = "Fetches objects given their global ids.",
            Resolver = async context =>
            {
                var ids = context.ArgumentValue<List<string>>("ids");
                var pending = ids.Select(i => Resolve(context, i, resolvers).AsTask()).ToArray();
                return (await Task.WhenAll(pending)).ToList();
            },
        };
        nodesField.Arguments.Add(new InputField("ids", new NonNullType(new ListType(id))) { Description = "The global ids of the objects." });
        query.Fields.Add(nodesField);
    }

    private static ValueTask<object?> Resolve(IResolverContext context, string globalId, Dictionary<string, Func<IResolverContext, string, ValueTask<object?>>> resolvers)
    {
        var (typeName, id) = GlobalId.Decode(globalId);
        return resolvers.TryGetValue(typeName, out var resolve)
            ? resolve(context, id)
            : new ValueTask<object?>((object?)null);
    }
}
