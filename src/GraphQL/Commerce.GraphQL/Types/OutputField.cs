using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>Produces a field's value for one parent object. Synchronous resolvers return a completed ValueTask.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Produces a subscription field's source event stream (spec 6.2.3.1 CreateSourceEventStream).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);

/// <summary>A field of an object or interface type (spec 3.6), with its arguments and resolver.</summary>
public sealed class OutputField(string name, GraphQLType type) : IHasName
{
    public string Name { get; } = NameValidator.IsValid(name) ? name : throw new SchemaException($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");

    public GraphQLType Type { get; set; } = type;

    public string? Description { get; set; }

    public FieldCollection<InputField> Arguments { get; } = new();

    /// <summary>The resolver; null means the default resolver (a property or dictionary entry of the parent named like the field).</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>For subscription root fields: creates the source stream whose events <see cref="Resolver"/> maps.</summary>
    public SubscribeResolver? Subscriber { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public List<DirectiveNode> AppliedDirectives { get; } = [];

    /// <summary>Static cost of resolving this field once, for the cost limit (1 by default; more for store calls).</summary>
    public int Cost { get; set; } = 1;

    /// <summary>Free-form metadata set by the schema builder or middleware (e.g. paging settings).</summary>
    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    public FieldDefinitionNode? SyntaxNode { get; set; }

    public override string ToString() => $"{Name}: {Type}";
}
