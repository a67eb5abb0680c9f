using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>
/// Builds a schema from SDL for tests, the way graphql-js's buildSchema does for validation purposes: no resolvers,
/// custom scalars accepting any literal, enum values standing for their names.
/// </summary>
internal static class SdlSchemaBuilder
{
    public static Schema Build(string sdl)
    {
        var document = Parser.Parse(sdl);
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var definitions = new List<TypeDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeDefinitionNode { IsExtension: false } type)
            {
                definitions.Add(type);
                types[type.Name.Value] = type switch
                {
                    ObjectTypeDefinitionNode o => new ObjectType(o.Name.Value),
                    InterfaceTypeDefinitionNode i => new InterfaceType(i.Name.Value),
                    UnionTypeDefinitionNode u => new UnionType(u.Name.Value),
                    EnumTypeDefinitionNode e => new EnumType(e.Name.Value),
                    InputObjectTypeDefinitionNode i => new InputObjectType(i.Name.Value),
                    ScalarTypeDefinitionNode s => BuiltInScalars.IsSpecified(s.Name.Value) ? BuiltInScalars.Create(s.Name.Value)! : new AnyScalar(s.Name.Value),
                    _ => throw new InvalidOperationException(type.Kind.ToString()),
                };
            }
        }

        NamedType Named(string name)
        {
            if (!types.TryGetValue(name, out var type))
            {
                types[name] = type = BuiltInScalars.Create(name) ?? throw new InvalidOperationException("Unknown type " + name);
            }

            return type;
        }

        GraphQLType Resolve(TypeNode node) => node switch
        {
            NamedTypeNode n => Named(n.Name.Value),
            ListTypeNode l => new ListType(Resolve(l.Type)),
            NonNullTypeNode nn => new NonNullType(Resolve(nn.Type)),
            _ => throw new InvalidOperationException(),
        };

        InputField Input(InputValueDefinitionNode node) => new(node.Name.Value, Resolve(node.Type))
        {
            DefaultValue = node.DefaultValue,
            DeprecationReason = Deprecation(node.Directives),
        };

        foreach (var definition in definitions)
        {
            var type = types[definition.Name.Value];
            switch (definition)
            {
                case ObjectTypeDefinitionNode o:
                    Fill((ComplexType)type, o.Interfaces, o.Fields);
                    break;
                case InterfaceTypeDefinitionNode i:
                    Fill((ComplexType)type, i.Interfaces, i.Fields);
                    break;
                case UnionTypeDefinitionNode u:
                    foreach (var member in u.Types)
                    {
                        ((UnionType)type).Types.Add((ObjectType)Named(member.Name.Value));
                    }

                    break;
                case EnumTypeDefinitionNode e:
                    foreach (var value in e.Values)
                    {
                        ((EnumType)type).AddValue(new EnumValue(value.Name.Value, value.Name.Value));
                    }

                    break;
                case InputObjectTypeDefinitionNode input:
                    var inputObject = (InputObjectType)type;
                    inputObject.IsOneOf = input.Directives.Any(d => d.Name.Value == "oneOf");
                    foreach (var field in input.Fields)
                    {
                        inputObject.Fields.Add(Input(field));
                    }

                    break;
            }
        }

        void Fill(ComplexType type, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields)
        {
            foreach (var iface in interfaces)
            {
                type.Interfaces.Add((InterfaceType)Named(iface.Name.Value));
            }

            foreach (var fieldNode in fields)
            {
                var field = new OutputField(fieldNode.Name.Value, Resolve(fieldNode.Type)) { DeprecationReason = Deprecation(fieldNode.Directives) };
                foreach (var argument in fieldNode.Arguments)
                {
                    field.Arguments.Add(Input(argument));
                }

                type.Fields.Add(field);
            }
        }

        var directives = new List<DirectiveDefinition>(BuiltInDirectives.Create((ScalarType)Named("Boolean"), (ScalarType)Named("String")));
        foreach (var definition in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            var directive = new DirectiveDefinition(definition.Name.Value, definition.Locations.Select(l => Enum.Parse<DirectiveLocation>(l.Value)))
            {
                IsRepeatable = definition.Repeatable,
            };
            foreach (var argument in definition.Arguments)
            {
                directive.Arguments.Add(Input(argument));
            }

            directives.Add(directive);
        }

        ObjectType? Root(OperationType operation, string defaultName)
        {
            var schemaDefinition = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
            var name = schemaDefinition?.OperationTypes.FirstOrDefault(o => o.Operation == operation)?.Type.Name.Value
                ?? (schemaDefinition is null ? defaultName : null);
            return name is not null && types.TryGetValue(name, out var root) ? (ObjectType)root : null;
        }

        return new Schema(
            Root(OperationType.Query, "Query"),
            Root(OperationType.Mutation, "Mutation"),
            Root(OperationType.Subscription, "Subscription"),
            // The built-in scalars the directives use are passed too, so introspection shares those instances.
            types: definitions.Select(d => types[d.Name.Value]).Concat(types.Values.Where(t => t is ScalarType && definitions.All(d => d.Name.Value != t.Name))),
            directives: directives);
    }

    private static string? Deprecation(IReadOnlyList<DirectiveNode> directives)
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

    /// <summary>A custom scalar as buildSchema makes it: any literal is accepted.</summary>
    private sealed class AnyScalar(string name) : ScalarType(name)
    {
        public override Type RuntimeType => typeof(object);

        public override object Serialize(object value) => value;

        public override object ParseValue(object value) => value;

        public override object ParseLiteral(ValueNode literal) => literal;

        public override ValueNode ToLiteral(object value) => throw new NotSupportedException();
    }
}
