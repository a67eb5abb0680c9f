using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Introspection;

/// <summary>
/// The introspection system of spec 4: the <c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>,
/// <c>__EnumValue</c>, <c>__Directive</c> types, the two enums, and the meta fields <c>__schema</c>, <c>__type</c>
/// and <c>__typename</c>. Resolvers read the type system objects directly.
/// </summary>
public sealed class IntrospectionTypes
{
    private IntrospectionTypes(Schema schema, ScalarType stringType, ScalarType booleanType)
    {
        var nonNullString = new NonNullType(stringType);
        var nonNullBoolean = new NonNullType(booleanType);

        TypeKindType = EnumOf<TypeKind>("__TypeKind", IntrospectionDescriptions.TypeKind, IntrospectionDescriptions.TypeKindValues,
            kind => kind switch
            {
                TypeKind.InputObject => "INPUT_OBJECT",
                TypeKind.NonNull => "NON_NULL",
                _ => kind.ToString().ToUpperInvariant(),
            });
        DirectiveLocationType = EnumOf<DirectiveLocation>("__DirectiveLocation", IntrospectionDescriptions.DirectiveLocation,
            IntrospectionDescriptions.DirectiveLocationValues, location => location.ToString());

        SchemaType = new ObjectType("__Schema", IntrospectionDescriptions.Schema) { IsBuiltIn = true, RuntimeType = typeof(Schema) };
        TypeType = new ObjectType("__Type", IntrospectionDescriptions.Type) { IsBuiltIn = true, RuntimeType = typeof(GraphQLType) };
        FieldType = new ObjectType("__Field", IntrospectionDescriptions.Field) { IsBuiltIn = true, RuntimeType = typeof(OutputField) };
        InputValueType = new ObjectType("__InputValue", IntrospectionDescriptions.InputValue) { IsBuiltIn = true, RuntimeType = typeof(InputField) };
        EnumValueType = new ObjectType("__EnumValue", IntrospectionDescriptions.EnumValue) { IsBuiltIn = true, RuntimeType = typeof(EnumValue) };
        DirectiveType = new ObjectType("__Directive", IntrospectionDescriptions.Directive) { IsBuiltIn = true, RuntimeType = typeof(DirectiveDefinition) };

        var typeRef = new NonNullType(TypeType);
        var typeList = new NonNullType(new ListType(typeRef));

        Add<Schema>(SchemaType, "description", stringType, s => s.Description);
        Add<Schema>(SchemaType, "types", typeList, s => s.TypeList, IntrospectionDescriptions.SchemaTypes);
        Add<Schema>(SchemaType, "queryType", typeRef, s => s.QueryType, IntrospectionDescriptions.SchemaQueryType);
        Add<Schema>(SchemaType, "mutationType", TypeType, s => s.MutationType, IntrospectionDescriptions.SchemaMutationType);
        Add<Schema>(SchemaType, "subscriptionType", TypeType, s => s.SubscriptionType, IntrospectionDescriptions.SchemaSubscriptionType);
        AddFiltered<Schema, DirectiveDefinition>(SchemaType, "directives", DirectiveType, booleanType, s => s.Directives, _ => false,
            IntrospectionDescriptions.SchemaDirectives);

        Add<GraphQLType>(TypeType, "kind", new NonNullType(TypeKindType), t => t.Kind);
        Add<GraphQLType>(TypeType, "name", stringType, t => (t as NamedType)?.Name);
        Add<GraphQLType>(TypeType, "description", stringType, t => (t as NamedType)?.Description);
        Add<GraphQLType>(TypeType, "specifiedByURL", stringType, t => (t as ScalarType)?.SpecifiedByUrl);
        AddFiltered<GraphQLType, OutputField>(TypeType, "fields", FieldType, booleanType, t => (t as ComplexType)?.Fields, f => f.IsDeprecated);
        Add<GraphQLType>(TypeType, "interfaces", new ListType(typeRef), t => (t as ComplexType)?.Interfaces);
        AddWithContext<GraphQLType>(TypeType, "possibleTypes", new ListType(typeRef),
            (t, c) => t.IsAbstractType ? c.Schema.GetPossibleTypes((NamedType)t) : null);
        AddFiltered<GraphQLType, EnumValue>(TypeType, "enumValues", EnumValueType, booleanType,
            t => (t as EnumType)?.Values, v => v.IsDeprecated);
        AddFiltered<GraphQLType, InputField>(TypeType, "inputFields", InputValueType, booleanType, t => (t as InputObjectType)?.Fields, f => f.IsDeprecated);
        Add<GraphQLType>(TypeType, "ofType", TypeType, t => t switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Add<GraphQLType>(TypeType, "isOneOf", booleanType, t => t is InputObjectType input ? input.IsOneOf : null);

        Add<OutputField>(FieldType, "name", nonNullString, f => f.Name);
        Add<OutputField>(FieldType, "description", stringType, f => f.Description);
        AddFiltered<OutputField, InputField>(FieldType, "args", InputValueType, booleanType, f => f.Arguments, a => a.IsDeprecated, nonNullList: true);
        Add<OutputField>(FieldType, "type", typeRef, f => f.Type);
        Add<OutputField>(FieldType, "isDeprecated", nonNullBoolean, f => f.IsDeprecated);
        Add<OutputField>(FieldType, "deprecationReason", stringType, f => f.DeprecationReason);

        Add<InputField>(InputValueType, "name", nonNullString, f => f.Name);
        Add<InputField>(InputValueType, "description", stringType, f => f.Description);
        Add<InputField>(InputValueType, "type", typeRef, f => f.Type);
        Add<InputField>(InputValueType, "defaultValue", stringType, f => f.DefaultValue is null ? null : DefaultValuePrinter.Print(f.DefaultValue, f.Type),
            IntrospectionDescriptions.InputValueDefaultValue);
        Add<InputField>(InputValueType, "isDeprecated", nonNullBoolean, f => f.IsDeprecated);
        Add<InputField>(InputValueType, "deprecationReason", stringType, f => f.DeprecationReason);

        Add<EnumValue>(EnumValueType, "name", nonNullString, v => v.Name);
        Add<EnumValue>(EnumValueType, "description", stringType, v => v.Description);
        Add<EnumValue>(EnumValueType, "isDeprecated", nonNullBoolean, v => v.IsDeprecated);
        Add<EnumValue>(EnumValueType, "deprecationReason", stringType, v => v.DeprecationReason);

        Add<DirectiveDefinition>(DirectiveType, "name", nonNullString, d => d.Name);
        Add<DirectiveDefinition>(DirectiveType, "description", stringType, d => d.Description);
        Add<DirectiveDefinition>(DirectiveType, "isRepeatable", nonNullBoolean, d => d.IsRepeatable);
        Add<DirectiveDefinition>(DirectiveType, "locations", new NonNullType(new ListType(new NonNullType(DirectiveLocationType))), d => d.Locations);
        AddFiltered<DirectiveDefinition, InputField>(DirectiveType, "args", InputValueType, booleanType, d => d.Arguments, a => a.IsDeprecated, nonNullList: true);
        Add<DirectiveDefinition>(DirectiveType, "isDeprecated", nonNullBoolean, _ => false);
        Add<DirectiveDefinition>(DirectiveType, "deprecationReason", stringType, _ => null);

        SchemaField = new OutputField("__schema", new NonNullType(SchemaType))
        {
            Description = "Access the current type schema of this server.",
            Resolver = _ => ValueTask.FromResult<object?>(schema),
        };
        TypeField = new OutputField("__type", TypeType)
        {
            Description = "Request the type information of a single type.",
            Resolver = c => ValueTask.FromResult<object?>(c.Schema.GetType(c.ArgumentValue<string>("name"))),
        };
        TypeField.Arguments.Add(new InputField("name", nonNullString));
        TypeNameField = new OutputField("__typename", nonNullString)
        {
            Description = "The name of the current Object type at runtime.",
            Resolver = c => ValueTask.FromResult<object?>(c.ObjectType.Name),
        };
    }

    public ObjectType SchemaType { get; }

    public ObjectType TypeType { get; }

    public ObjectType FieldType { get; }

    public ObjectType InputValueType { get; }

    public ObjectType EnumValueType { get; }

    public ObjectType DirectiveType { get; }

    public EnumType TypeKindType { get; }

    public EnumType DirectiveLocationType { get; }

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public OutputField SchemaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public OutputField TypeField { get; }

    /// <summary><c>__typename: String!</c>, available on every object, interface and union.</summary>
    public OutputField TypeNameField { get; }

    public static IntrospectionTypes Create(Schema schema, ScalarType stringType, ScalarType booleanType) => new(schema, stringType, booleanType);

    /// <summary>
    /// The field definition a selection of <paramref name="fieldName"/> on <paramref name="parentType"/> refers to,
    /// meta fields included (spec 6.4.1's field lookup, as validation and execution both need it).
    /// </summary>
    public OutputField? GetField(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == "__typename" && parentType.IsCompositeType)
            {
                return TypeNameField;
            }

            if (ReferenceEquals(parentType, schema.QueryType))
            {
                if (fieldName == "__schema")
                {
                    return SchemaField;
                }

                if (fieldName == "__type")
                {
                    return TypeField;
                }
            }
        }

        return parentType is ComplexType complex && complex.Fields.TryGetField(fieldName, out var field) ? field : null;
    }

    private static EnumType EnumOf<T>(string name, string description, IReadOnlyDictionary<string, string> valueDescriptions, Func<T, string> nameOf)
        where T : struct, Enum
    {
        var type = new EnumType(name, description) { IsBuiltIn = true, RuntimeType = typeof(T) };
        foreach (var value in Enum.GetValues<T>())
        {
            var valueName = nameOf(value);
            type.AddValue(new EnumValue(valueName, value) { Description = valueDescriptions.GetValueOrDefault(valueName) });
        }

        return type;
    }

    private static void Add<T>(ObjectType type, string name, GraphQLType fieldType, Func<T, object?> resolve, string? description = null) =>
        type.Fields.Add(new OutputField(name, fieldType)
        {
            Description = description,
            Resolver = ParentResolvers.Create(parent => resolve((T)parent)),
        });

    private static void AddWithContext<T>(ObjectType type, string name, GraphQLType fieldType, Func<T, IResolverContext, object?> resolve) =>
        type.Fields.Add(new OutputField(name, fieldType)
        {
            Resolver = c => ValueTask.FromResult(resolve((T)c.Parent!, c)),
        });

    /// <summary>A list field with <c>includeDeprecated: Boolean = false</c> that hides deprecated members unless asked.</summary>
    private static void AddFiltered<T, TItem>(
        ObjectType type,
        string name,
        ObjectType itemType,
        ScalarType booleanType,
        Func<T, IEnumerable<TItem>?> items,
        Func<TItem, bool> isDeprecated,
        string? description = null,
        bool nonNullList = false)
    {
        GraphQLType list = new ListType(new NonNullType(itemType));
        var field = new OutputField(name, nonNullList || type.Name == "__Schema" ? new NonNullType(list) : list)
        {
            Description = description,
            Resolver = c =>
            {
                var all = items((T)c.Parent!);
                if (all is null)
                {
                    return ValueTask.FromResult<object?>(null);
                }

                var includeDeprecated = c.ArgumentValue<bool>("includeDeprecated");
                return ValueTask.FromResult<object?>(includeDeprecated ? all.ToList() : all.Where(i => !isDeprecated(i)).ToList());
            },
        };
        // graphql-js 16.15 declares __Schema.directives' argument non-null; the others are nullable.
        GraphQLType argumentType = type.Name == "__Schema" ? new NonNullType(booleanType) : booleanType;
        field.Arguments.Add(new InputField("includeDeprecated", argumentType) { DefaultValue = new BooleanValueNode(false) });
        type.Fields.Add(field);
    }
}
