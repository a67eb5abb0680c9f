using System.Reflection;
using Commerce.GraphQL.Configuration;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL;

/// <summary>
/// Builds a schema code-first, the way Hot Chocolate users expect: C# classes and records become object types,
/// their properties and methods fields (camelCased, nullability from nullable annotations), method parameters
/// arguments (or services, the parent, the context, the cancellation token), and type extensions let each module
/// add fields to types another module defines.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly Dictionary<string, Type?> _roots = new(StringComparer.Ordinal);
    private readonly List<Type> _types = [];
    private readonly List<NamedType> _namedTypes = [];
    private readonly List<Type> _extensions = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly Dictionary<Type, string> _scalarBindings = [];
    private readonly List<Action<Schema>> _validators = [];
    private readonly List<Action<SchemaBuildResult>> _typeConfigurations = [];
    private readonly List<DocumentNode> _documents = [];
    private readonly List<(string Type, string Field, FieldResolver Resolver)> _resolvers = [];
    private string? _description;

    public static SchemaBuilder New() => new();

    /// <summary>Node resolvers by type name, once global object identification is on.</summary>
    internal Dictionary<string, Func<Execution.IResolverContext, string, ValueTask<object?>>>? NodeResolvers { get; set; }

    public SchemaBuilder AddQueryType<T>() => AddRootType(OperationTypeNames.Query, typeof(T));

    /// <summary>An empty query type that <c>[QueryType]</c> or <c>[ExtendObjectType("Query")]</c> classes fill.</summary>
    public SchemaBuilder AddQueryType() => AddRootType(OperationTypeNames.Query, null);

    public SchemaBuilder AddMutationType<T>() => AddRootType(OperationTypeNames.Mutation, typeof(T));

    public SchemaBuilder AddMutationType() => AddRootType(OperationTypeNames.Mutation, null);

    public SchemaBuilder AddSubscriptionType<T>() => AddRootType(OperationTypeNames.Subscription, typeof(T));

    public SchemaBuilder AddSubscriptionType() => AddRootType(OperationTypeNames.Subscription, null);

    /// <summary>Adds a C# type that is not reachable from the roots, e.g. an implementation of an interface.</summary>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    public SchemaBuilder AddType(Type type)
    {
        if (type.GetCustomAttribute<ExtendObjectTypeAttribute>() is not null)
        {
            return AddTypeExtension(type);
        }

        _types.Add(type);
        return this;
    }

    /// <summary>Adds a type built by hand (a custom scalar, or any type of the type system).</summary>
    public SchemaBuilder AddType(NamedType type)
    {
        _namedTypes.Add(type);
        return this;
    }

    /// <summary>Adds the members of a class marked <c>[ExtendObjectType]</c> (or <c>[QueryType]</c>, ...) to the type it extends.</summary>
    public SchemaBuilder AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    public SchemaBuilder AddTypeExtension(Type type)
    {
        if (type.GetCustomAttribute<ExtendObjectTypeAttribute>() is null)
        {
            throw new SchemaException($"{type.Name} is not a type extension: mark it [ExtendObjectType(...)], [QueryType], [MutationType] or [SubscriptionType].");
        }

        _extensions.Add(type);
        return this;
    }

    /// <summary>Adds types, extensions, directives and a schema definition written in SDL.</summary>
    public SchemaBuilder AddDocumentFromString(string sdl) => AddDocument(Parser.Parse(sdl));

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>Sets the resolver of a field defined in SDL (or replaces a code-first one).</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        _resolvers.Add((typeName, fieldName, resolver));
        return this;
    }

    public SchemaBuilder AddDirectiveType(DirectiveDefinition directive)
    {
        _directives.Add(directive);
        return this;
    }

    /// <summary>Maps a C# type to a scalar by name (e.g. a money struct to <c>Decimal</c>).</summary>
    public SchemaBuilder BindRuntimeType<TRuntime>(string scalarName)
    {
        _scalarBindings[typeof(TRuntime)] = scalarName;
        return this;
    }

    public SchemaBuilder SetDescription(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Runs after all types are built, before the schema is assembled (used by middleware such as paging).</summary>
    public SchemaBuilder ConfigureTypes(Action<SchemaBuildResult> configure)
    {
        _typeConfigurations.Add(configure);
        return this;
    }

    /// <summary>Checks the finished schema (the type system validation runs here once it is registered).</summary>
    public SchemaBuilder AddSchemaValidator(Action<Schema> validate)
    {
        _validators.Add(validate);
        return this;
    }

    public Schema Build()
    {
        var context = new SchemaBuildContext(_scalarBindings);
        foreach (var named in _namedTypes)
        {
            context.Register(named);
        }

        var sdl = new SdlTypeBuilder(context);
        foreach (var document in _documents)
        {
            sdl.Add(document);
        }

        sdl.Complete();
        _directives.AddRange(sdl.Directives);
        _description ??= sdl.SchemaDescription;
        var rootNames = new Dictionary<OperationType, string>
        {
            [OperationType.Query] = sdl.RootTypeNames.GetValueOrDefault(OperationType.Query, OperationTypeNames.Query),
            [OperationType.Mutation] = sdl.RootTypeNames.GetValueOrDefault(OperationType.Mutation, OperationTypeNames.Mutation),
            [OperationType.Subscription] = sdl.RootTypeNames.GetValueOrDefault(OperationType.Subscription, OperationTypeNames.Subscription),
        };

        foreach (var (name, clr) in _roots)
        {
            var root = context.NamedObjectType(name);
            if (clr is not null)
            {
                root.RuntimeType = clr;
                root.Description ??= clr.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description;
                context.AddFieldsFrom(root, clr, resolveOnInstance: true);
            }
        }

        foreach (var type in _types)
        {
            context.OutputNamedType(type);
        }

        foreach (var extension in _extensions)
        {
            var target = extension.GetCustomAttribute<ExtendObjectTypeAttribute>()!;
            var type = target.Type is not null
                ? context.OutputNamedType(target.Type) as ComplexType
                    ?? throw new SchemaException($"{extension.Name} extends {target.Type.Name}, which is not an object or interface type.")
                : context.NamedObjectType(target.Name!);
            context.AddFieldsFrom(type, extension, resolveOnInstance: true);
        }

        context.Complete();
        foreach (var configure in _typeConfigurations)
        {
            configure(new SchemaBuildResult(context));
        }

        context.Complete();
        foreach (var (typeName, fieldName, resolver) in _resolvers)
        {
            var type = context.Find(typeName) as ComplexType ?? throw new SchemaException($"Cannot add a resolver to \"{typeName}\": no such object type.");
            var field = type.Fields.TryGetField(fieldName, out var found) ? found : throw new SchemaException($"Cannot add a resolver to \"{typeName}.{fieldName}\": no such field.");
            field.Resolver = resolver;
        }

        var schema = new Schema(
            context.Find(rootNames[OperationType.Query]) as ObjectType,
            context.Find(rootNames[OperationType.Mutation]) as ObjectType,
            context.Find(rootNames[OperationType.Subscription]) as ObjectType,
            // The spec's scalars are left to be collected where first referenced, as graphql-js orders them.
            context.Types.Where(t => !(t is ScalarType { IsBuiltIn: true })),
            _directives.Count == 0 ? null : DirectivesWithBuiltIns(context),
            _description);
        foreach (var validate in _validators)
        {
            validate(schema);
        }

        return schema;
    }

    private IEnumerable<DirectiveDefinition> DirectivesWithBuiltIns(SchemaBuildContext context)
    {
        var booleanType = (ScalarType)context.ResolveName("Boolean");
        var stringType = (ScalarType)context.ResolveName("String");
        return BuiltInDirectives.Create(booleanType, stringType).Concat(_directives);
    }

    private SchemaBuilder AddRootType(string name, Type? clr)
    {
        if (_roots.TryGetValue(name, out var existing) && existing is not null && clr is not null && existing != clr)
        {
            throw new SchemaException($"The {name} type is already bound to {existing.Name}; extend it with [ExtendObjectType(\"{name}\")] instead.");
        }

        _roots[name] = clr ?? existing;
        return this;
    }
}

/// <summary>The types built so far, for configuration steps that add fields or types (paging, global ids).</summary>
public sealed class SchemaBuildResult
{
    private readonly SchemaBuildContext _context;

    internal SchemaBuildResult(SchemaBuildContext context) => _context = context;

    public IReadOnlyList<NamedType> Types => _context.Types;

    public NamedType? Find(string name) => _context.Find(name);

    /// <summary>The GraphQL type a C# type maps to as output, created when new.</summary>
    public NamedType OutputType(Type clr) => _context.OutputNamedType(clr);

    public void Register(NamedType type) => _context.Register(type);

    public NamedType ResolveName(string name) => _context.ResolveName(name);
}
