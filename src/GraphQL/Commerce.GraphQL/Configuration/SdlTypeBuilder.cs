using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Configuration;

/// <summary>
/// Builds types from SDL definitions and extensions (the spec's type system language, section 3): every named type
/// first, then fields, arguments, members and values, so definitions may refer to each other in any order.
/// </summary>
internal sealed class SdlTypeBuilder(SchemaBuildContext context)
{
    private readonly List<(TypeDefinitionNode Node, NamedType Type)> _definitions = [];

    public Dictionary<OperationType, string> RootTypeNames { get; } = [];

    public List<DirectiveDefinition> Directives { get; } = [];

    public string? SchemaDescription { get; private set; }

    public void Add(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode { IsExtension: false } type:
                    var created = Create(type);
                    context.Register(created);
                    _definitions.Add((type, created));
                    break;
                case SchemaDefinitionNode schema:
                    SchemaDescription = schema.Description?.Value;
                    AddRootTypes(schema.OperationTypes);
                    break;
                case SchemaExtensionNode extension:
                    AddRootTypes(extension.OperationTypes);
                    break;
                case ExecutableDefinitionNode executable:
                    throw new SchemaException($"A schema document cannot hold executable definitions, but it has \"{executable.Name?.Value ?? "an operation"}\".");
            }
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is TypeDefinitionNode { IsExtension: true } extension)
            {
                var type = context.Find(extension.Name.Value) ?? throw new SchemaException($"Cannot extend type \"{extension.Name.Value}\" because it is not defined.");
                _definitions.Add((extension, type));
            }
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                Directives.Add(CreateDirective(directive));
            }
        }
    }

    /// <summary>Fills in the members of every type defined or extended so far.</summary>
    public void Complete()
    {
        foreach (var (node, type) in _definitions)
        {
            Fill(node, type);
        }

        _definitions.Clear();
    }

    private void AddRootTypes(IEnumerable<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            RootTypeNames[operationType.Operation] = operationType.Type.Name.Value;
        }
    }

    private static NamedType Create(TypeDefinitionNode node)
    {
        NamedType type = node switch
        {
            ScalarTypeDefinitionNode s => BuiltInScalars.Create(s.Name.Value) is { } known && !BuiltInScalars.IsSpecified(s.Name.Value)
                ? known
                : new CustomScalarType(s.Name.Value),
            ObjectTypeDefinitionNode o => new ObjectType(o.Name.Value),
            InterfaceTypeDefinitionNode i => new InterfaceType(i.Name.Value) { ResolveType = ResolveByTypeName },
            UnionTypeDefinitionNode u => new UnionType(u.Name.Value) { ResolveType = ResolveByTypeName },
            EnumTypeDefinitionNode e => new EnumType(e.Name.Value),
            InputObjectTypeDefinitionNode i => new InputObjectType(i.Name.Value),
            _ => throw new SchemaException($"Unsupported type definition {node.Kind}."),
        };
        type.Description = node.Description?.Value;
        type.SyntaxNode = node;
        return type;
    }

    private void Fill(TypeDefinitionNode node, NamedType type)
    {
        AddAppliedDirectives(type, node.Directives);
        switch (node, type)
        {
            case (ObjectTypeDefinitionNode o, ComplexType complex):
                AddInterfaces(complex, o.Interfaces);
                AddFields(complex, o.Fields);
                break;
            case (InterfaceTypeDefinitionNode i, ComplexType complex):
                AddInterfaces(complex, i.Interfaces);
                AddFields(complex, i.Fields);
                break;
            case (UnionTypeDefinitionNode u, UnionType union):
                foreach (var member in u.Types)
                {
                    union.Types.Add(context.ResolveName(member.Name.Value) as ObjectType
                        ?? throw new SchemaException($"Union type {union.Name} can only include Object types, it cannot include {member.Name.Value}."));
                }

                break;
            case (EnumTypeDefinitionNode e, EnumType enumType):
                foreach (var value in e.Values)
                {
                    enumType.AddValue(new EnumValue(value.Name.Value, value.Name.Value)
                    {
                        Description = value.Description?.Value,
                        DeprecationReason = DeprecationReason(value.Directives),
                        SyntaxNode = value,
                    });
                }

                break;
            case (InputObjectTypeDefinitionNode i, InputObjectType input):
                input.IsOneOf |= i.Directives.Any(d => d.Name.Value == "oneOf");
                foreach (var field in i.Fields)
                {
                    input.Fields.Add(InputValue(field));
                }

                break;
            case (ScalarTypeDefinitionNode, CustomScalarType scalar):
                scalar.SpecifiedByUrl = SpecifiedByUrl(node.Directives);
                break;
        }
    }

    private void AddAppliedDirectives(NamedType type, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (!BuiltInDirectives.Names.Contains(directive.Name.Value))
            {
                type.AppliedDirectives.Add(directive);
            }
        }
    }

    private void AddInterfaces(ComplexType type, IReadOnlyList<NamedTypeNode> interfaces)
    {
        foreach (var name in interfaces)
        {
            type.Interfaces.Add(context.ResolveName(name.Name.Value) as InterfaceType
                ?? throw new SchemaException($"Type {type.Name} must only implement Interface types, it cannot implement {name.Name.Value}."));
        }
    }

    private void AddFields(ComplexType type, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            var field = new OutputField(node.Name.Value, TypeOf(node.Type))
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                SyntaxNode = node,
            };
            foreach (var argument in node.Arguments)
            {
                field.Arguments.Add(InputValue(argument));
            }

            field.AppliedDirectives.AddRange(node.Directives.Where(d => !BuiltInDirectives.Names.Contains(d.Name.Value)));
            type.Fields.Add(field);
        }
    }

    private InputField InputValue(InputValueDefinitionNode node) => new(node.Name.Value, TypeOf(node.Type))
    {
        Description = node.Description?.Value,
        DefaultValue = node.DefaultValue,
        DeprecationReason = DeprecationReason(node.Directives),
        SyntaxNode = node,
    };

    private DirectiveDefinition CreateDirective(DirectiveDefinitionNode node)
    {
        var locations = node.Locations.Select(l => Enum.TryParse<DirectiveLocation>(l.Value, out var location)
            ? location
            : throw new SchemaException($"Unknown directive location \"{l.Value}\"."));
        var directive = new DirectiveDefinition(node.Name.Value, locations)
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            SyntaxNode = node,
        };
        foreach (var argument in node.Arguments)
        {
            directive.Arguments.Add(InputValue(argument));
        }

        return directive;
    }

    private GraphQLType TypeOf(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(TypeOf(nonNull.Type)),
        ListTypeNode list => new ListType(TypeOf(list.Type)),
        NamedTypeNode named => context.Find(named.Name.Value) ?? context.ResolveName(named.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>
    /// graphql-js's default type resolver: a value of an abstract type names its type in a <c>__typename</c> entry;
    /// otherwise the first possible type that recognises the value is taken.
    /// </summary>
    private static ObjectType? ResolveByTypeName(object value, IResolverContext context)
    {
        if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var typeName) && typeName is string name)
        {
            return context.Schema.GetType(name) as ObjectType;
        }

        var abstractType = context.Field.Type.GetNamedType();
        return context.Schema.GetPossibleTypes(abstractType).FirstOrDefault(t => t.IsInstanceOfType(value));
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
            ? reason.Value
            : BuiltInDirectives.DefaultDeprecationReason;
    }

    private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        directives.FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url
            ? url.Value
            : null;
}
