using System.Reflection;
using System.Runtime.CompilerServices;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Relay;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Configuration;

/// <summary>
/// Turns C# types into GraphQL types during one <see cref="SchemaBuilder.Build"/>: each CLR type becomes one named
/// type (created on first reference, its fields filled in afterwards so types may refer to each other).
/// </summary>
internal sealed class SchemaBuildContext
{
    private readonly Dictionary<string, NamedType> _byName = new(StringComparer.Ordinal);
    private readonly List<NamedType> _order = [];
    private readonly Dictionary<Type, NamedType> _outputs = [];
    private readonly Dictionary<Type, InputObjectType> _inputs = [];
    private readonly Dictionary<Type, EnumType> _enums = [];
    private readonly Queue<(ComplexType Type, Type Clr)> _pendingFields = new();
    private readonly Queue<(InputObjectType Type, Type Clr)> _pendingInputs = new();
    private readonly Dictionary<Type, InstanceProvider> _instances = [];
    private readonly IReadOnlyDictionary<Type, string> _scalarOverrides;
    private readonly NullabilityInfoContext _nullability = new();

    public SchemaBuildContext(IReadOnlyDictionary<Type, string> scalarOverrides) => _scalarOverrides = scalarOverrides;

    public IReadOnlyList<NamedType> Types => _order;

    public NamedType? Find(string name) => _byName.GetValueOrDefault(name);

    public void Register(NamedType type)
    {
        if (_byName.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                throw new SchemaException($"Two different types are named \"{type.Name}\".");
            }

            return;
        }

        _byName.Add(type.Name, type);
        _order.Add(type);
    }

    public NamedType ResolveName(string name)
    {
        if (_byName.TryGetValue(name, out var type))
        {
            return type;
        }

        var scalar = BuiltInScalars.Create(name) ?? throw new SchemaException($"Unknown type \"{name}\".");
        Register(scalar);
        return scalar;
    }

    /// <summary>The root or named object type <paramref name="name"/>, created empty when it does not exist yet.</summary>
    public ObjectType NamedObjectType(string name)
    {
        if (_byName.TryGetValue(name, out var existing))
        {
            return existing as ObjectType ?? throw new SchemaException($"\"{name}\" is not an object type and cannot be extended.");
        }

        var type = new ObjectType(name);
        Register(type);
        return type;
    }

    /// <summary>Makes <paramref name="clr"/> the source of <paramref name="type"/>'s fields, resolved on an instance of <paramref name="clr"/>.</summary>
    public void AddFieldsFrom(ComplexType type, Type clr, bool resolveOnInstance)
    {
        if (resolveOnInstance)
        {
            _instances.TryAdd(clr, new InstanceProvider(clr));
        }

        _pendingFields.Enqueue((type, clr));
    }

    public NamedType OutputNamedType(Type clr)
    {
        if (_outputs.TryGetValue(clr, out var known))
        {
            return known;
        }

        if (ClrScalarBindings.ScalarName(clr, _scalarOverrides) is { } scalarName)
        {
            return ResolveName(scalarName);
        }

        if (clr.IsEnum)
        {
            return EnumTypeFor(clr);
        }

        NamedType created;
        if (clr.IsInterface && clr.GetCustomAttribute<GraphQLUnionAttribute>() is not null)
        {
            created = new UnionType(NameConventions.TypeName(clr), Description(clr)) { RuntimeType = clr };
        }
        else if (clr.IsInterface)
        {
            var iface = new InterfaceType(NameConventions.TypeName(clr), Description(clr)) { RuntimeType = clr };
            _pendingFields.Enqueue((iface, clr));
            created = iface;
        }
        else
        {
            var obj = new ObjectType(NameConventions.TypeName(clr), Description(clr)) { RuntimeType = clr };
            _pendingFields.Enqueue((obj, clr));
            created = obj;
        }

        _outputs.Add(clr, created);
        Register(created);
        return created;
    }

    public NamedType InputNamedType(Type clr)
    {
        if (ClrScalarBindings.ScalarName(clr, _scalarOverrides) is { } scalarName)
        {
            return ResolveName(scalarName);
        }

        if (clr.IsEnum)
        {
            return EnumTypeFor(clr);
        }

        if (_inputs.TryGetValue(clr, out var known))
        {
            return known;
        }

        if (clr.IsInterface || clr.IsAbstract)
        {
            throw new SchemaException($"{clr.Name} cannot be an input type: input types must be concrete classes or records.");
        }

        var input = new InputObjectType(NameConventions.InputTypeName(clr), Description(clr))
        {
            RuntimeType = clr,
            IsOneOf = clr.GetCustomAttribute<OneOfAttribute>() is not null,
        };
        _inputs.Add(clr, input);
        Register(input);
        _pendingInputs.Enqueue((input, clr));
        return input;
    }

    /// <summary>Fills in every type created so far and those their fields create, until none is pending.</summary>
    public void Complete()
    {
        while (_pendingFields.Count > 0 || _pendingInputs.Count > 0)
        {
            while (_pendingFields.TryDequeue(out var pending))
            {
                AddFields(pending.Type, pending.Clr);
            }

            while (_pendingInputs.TryDequeue(out var pending))
            {
                AddInputFields(pending.Type, pending.Clr);
            }
        }

        LinkAbstractTypes();
    }

    private EnumType EnumTypeFor(Type clr)
    {
        if (_enums.TryGetValue(clr, out var known))
        {
            return known;
        }

        var type = new EnumType(NameConventions.TypeName(clr), Description(clr)) { RuntimeType = clr };
        foreach (var member in clr.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var name = member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.EnumValueName(member.Name);
            type.AddValue(new EnumValue(name, member.GetValue(null)!)
            {
                Description = Description(member),
                DeprecationReason = DeprecationReason(member),
            });
        }

        _enums.Add(clr, type);
        Register(type);
        return type;
    }

    private void AddFields(ComplexType type, Type clr)
    {
        var extendedClr = (type as ObjectType)?.RuntimeType;
        var instance = _instances.TryGetValue(clr, out var provider) ? provider.Get : (Func<IResolverContext, object?>?)null;
        foreach (var member in FieldMembers(clr, staticToo: instance is not null))
        {
            var field = member switch
            {
                PropertyInfo property => PropertyField(property, instance),
                MethodInfo method => MethodField(method, type, extendedClr, instance),
                _ => null,
            };
            if (field is null)
            {
                continue;
            }

            if (type.Fields.Contains(field.Name))
            {
                throw new SchemaException($"The field \"{type.Name}.{field.Name}\" is defined more than once (by {clr.Name}.{member.Name} and another member).");
            }

            type.Fields.Add(field);
        }
    }

    private OutputField PropertyField(PropertyInfo property, Func<IResolverContext, object?>? instance)
    {
        var shape = ClrTypeShape.From(_nullability.Create(property));
        var field = new OutputField(NameConventions.FieldName(property), OutputTypeOf(Paged(shape, property), property))
        {
            Description = Description(property),
            DeprecationReason = DeprecationReason(property),
            Resolver = ResolverCompiler.Property(property, instance),
            Cost = property.GetCustomAttribute<CostAttribute>()?.Cost ?? 1,
        };
        UsePaging(field, shape, property);
        return field;
    }

    /// <summary>For <c>[UsePaging]</c> members: the connection of the list's elements instead of the list.</summary>
    private static ClrTypeShape Paged(ClrTypeShape shape, MemberInfo member)
    {
        if (member.GetCustomAttribute<UsePagingAttribute>() is null)
        {
            return shape;
        }

        var element = shape.ElementType ?? throw new SchemaException($"[UsePaging] on {member.DeclaringType?.Name}.{member.Name} needs a member that returns a list.");
        return new ClrTypeShape(typeof(Connection<>).MakeGenericType(element.ClrType), shape.IsNullable, null);
    }

    private void UsePaging(OutputField field, ClrTypeShape shape, MemberInfo member)
    {
        if (member.GetCustomAttribute<UsePagingAttribute>() is { } paging)
        {
            PagingMiddleware.AddArguments(field, ResolveName("Int"), ResolveName("String"));
            field.Resolver = PagingMiddleware.Wrap(field.Resolver!, shape.ElementType!.ClrType, paging);
        }
    }

    private OutputField MethodField(MethodInfo method, ComplexType owner, Type? ownerClr, Func<IResolverContext, object?>? instance)
    {
        var returnInfo = _nullability.Create(method.ReturnParameter);
        var isSubscription = owner.Name == OperationTypeNames.Subscription && IsStream(method.ReturnType);
        var shape = ClrTypeShape.From(returnInfo);
        if (isSubscription)
        {
            // The field's type is the event's type, not the stream's.
            shape = shape.ElementType!;
        }

        var bindings = new List<ResolverCompiler.ParameterBinding>();
        var field = new OutputField(NameConventions.FieldName(method), OutputTypeOf(Paged(shape, method), method))
        {
            Description = Description(method),
            DeprecationReason = DeprecationReason(method),
            Cost = method.GetCustomAttribute<CostAttribute>()?.Cost ?? 1,
        };
        foreach (var parameter in method.GetParameters())
        {
            bindings.Add(BindParameter(parameter, ownerClr, instance is not null, field));
        }

        if (isSubscription)
        {
            field.Subscriber = ResolverCompiler.Subscriber(method, bindings, instance);
            field.Resolver = static context => new ValueTask<object?>(context.Parent);
        }
        else
        {
            field.Resolver = ResolverCompiler.Method(method, bindings, instance);
            UsePaging(field, shape, method);
        }

        return field;
    }

    private ResolverCompiler.ParameterBinding BindParameter(ParameterInfo parameter, Type? ownerClr, bool isExtension, OutputField field)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return new ResolverCompiler.ParameterBinding.Cancellation(parameter);
        }

        if (type == typeof(IResolverContext))
        {
            return new ResolverCompiler.ParameterBinding.Context(parameter);
        }

        if (parameter.GetCustomAttribute<ParentAttribute>() is not null
            || (isExtension && ownerClr is not null && parameter.Position == 0 && type.IsAssignableFrom(ownerClr)))
        {
            return new ResolverCompiler.ParameterBinding.Parent(parameter);
        }

        if (parameter.GetCustomAttribute<ServiceAttribute>() is not null)
        {
            return new ResolverCompiler.ParameterBinding.Service(parameter);
        }

        var name = NameConventions.ArgumentName(parameter);
        var argumentType = InputTypeOf(ClrTypeShape.From(_nullability.Create(parameter)), parameter);
        var argument = new InputField(name, argumentType)
        {
            Description = Description(parameter),
            DeprecationReason = DeprecationReason(parameter),
            RuntimeName = parameter.Name,
        };
        if (parameter.HasDefaultValue && parameter.DefaultValue is { } defaultValue)
        {
            argument.DefaultValue = Literal(defaultValue, argumentType);
        }

        field.Arguments.Add(argument);
        return new ResolverCompiler.ParameterBinding.Argument(parameter, name);
    }

    private void AddInputFields(InputObjectType type, Type clr)
    {
        var constructorParameters = clr.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()?.GetParameters() ?? [];
        var byName = constructorParameters.ToDictionary(p => p.Name!, StringComparer.OrdinalIgnoreCase);
        foreach (var property in clr.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetCustomAttribute<GraphQLIgnoreAttribute>() is not null
                || (!property.CanWrite && !byName.ContainsKey(property.Name)))
            {
                continue;
            }

            var parameter = byName.GetValueOrDefault(property.Name);
            var fieldType = InputTypeOf(ClrTypeShape.From(_nullability.Create(property)), property);
            var field = new InputField(NameConventions.FieldName(property), fieldType)
            {
                Description = Description(property),
                DeprecationReason = DeprecationReason(property),
                RuntimeName = property.Name,
            };
            if (parameter is { HasDefaultValue: true, DefaultValue: { } defaultValue })
            {
                field.DefaultValue = Literal(defaultValue, fieldType);
            }

            type.Fields.Add(field);
        }

    }

    private GraphQLType OutputTypeOf(ClrTypeShape shape, ICustomAttributeProvider member) =>
        TypeOf(shape, member, OutputNamedType);

    private GraphQLType InputTypeOf(ClrTypeShape shape, ICustomAttributeProvider member) =>
        TypeOf(shape, member, InputNamedType);

    private GraphQLType TypeOf(ClrTypeShape shape, ICustomAttributeProvider member, Func<Type, NamedType> named)
    {
        if (member.GetCustomAttributes(typeof(GraphQLTypeAttribute), false).FirstOrDefault() is GraphQLTypeAttribute explicitType)
        {
            return TypeReferenceParser.Parse(explicitType.TypeReference, ResolveName);
        }

        var isId = member.IsDefined(typeof(IDAttribute), false);
        return Wrap(shape, s => isId ? ResolveName("ID") : named(s.ClrType));
    }

    private static GraphQLType Wrap(ClrTypeShape shape, Func<ClrTypeShape, NamedType> named)
    {
        GraphQLType type = shape.ElementType is { } element ? new ListType(Wrap(element, named)) : named(shape);
        return shape.IsNullable ? type : new NonNullType(type);
    }

    /// <summary>Implements declared C# interfaces as GraphQL interfaces and fills unions with the object types that implement them.</summary>
    private void LinkAbstractTypes()
    {
        var abstractTypes = _outputs.Where(e => e.Value is InterfaceType or UnionType).ToList();
        foreach (var type in _order.OfType<ComplexType>())
        {
            var clr = type switch
            {
                ObjectType o => o.RuntimeType,
                InterfaceType i => i.RuntimeType,
                _ => null,
            };
            if (clr is null)
            {
                continue;
            }

            foreach (var (abstractClr, abstractType) in abstractTypes)
            {
                if (abstractClr == clr || !abstractClr.IsAssignableFrom(clr))
                {
                    continue;
                }

                if (abstractType is InterfaceType iface && !type.Interfaces.Contains(iface))
                {
                    type.Interfaces.Add(iface);
                }
                else if (abstractType is UnionType union && type is ObjectType obj && !union.Types.Contains(obj))
                {
                    union.Types.Add(obj);
                }
            }
        }
    }

    private static IEnumerable<MemberInfo> FieldMembers(Type clr, bool staticToo)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (staticToo ? BindingFlags.Static : 0);
        IEnumerable<PropertyInfo> properties = clr.GetProperties(flags);
        IEnumerable<MethodInfo> methods = clr.GetMethods(flags);
        if (clr.IsInterface)
        {
            properties = properties.Concat(clr.GetInterfaces().SelectMany(i => i.GetProperties(flags)));
            methods = methods.Concat(clr.GetInterfaces().SelectMany(i => i.GetMethods(flags)));
        }

        foreach (var property in properties)
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead && property.GetMethod!.IsPublic
                && property.GetCustomAttribute<GraphQLIgnoreAttribute>() is null && property.Name != "EqualityContract")
            {
                yield return property;
            }
        }

        foreach (var method in methods)
        {
            if (IsFieldMethod(method))
            {
                yield return method;
            }
        }
    }

    private static bool IsFieldMethod(MethodInfo method) =>
        !method.IsSpecialName && !method.IsGenericMethodDefinition && method.DeclaringType != typeof(object)
        && method.ReturnType != typeof(void) && method.ReturnType != typeof(Task) && method.ReturnType != typeof(ValueTask)
        && method.GetCustomAttribute<GraphQLIgnoreAttribute>() is null && method.GetCustomAttribute<CompilerGeneratedAttribute>() is null
        && method.Name is not ("Equals" or "GetHashCode" or "ToString" or "GetType" or "Deconstruct" or "Dispose" or "DisposeAsync" or "CompareTo" or "PrintMembers")
        && NameValidator.IsValid(method.Name);

    private static bool IsStream(Type type)
    {
        var unwrapped = ClrTypeShape.IsGeneric(type, typeof(Task<>)) || ClrTypeShape.IsGeneric(type, typeof(ValueTask<>)) ? type.GetGenericArguments()[0] : type;
        return ClrTypeShape.IsGeneric(unwrapped, typeof(IAsyncEnumerable<>));
    }

    private static Language.ValueNode? Literal(object value, GraphQLType type) => type.GetNamedType() switch
    {
        ScalarType scalar => scalar.ToLiteral(value),
        EnumType enumType => enumType.ToLiteral(value),
        _ => null,
    };

    private static string? Description(ICustomAttributeProvider member) =>
        (member.GetCustomAttributes(typeof(GraphQLDescriptionAttribute), false).FirstOrDefault() as GraphQLDescriptionAttribute)?.Description;

    private static string? DeprecationReason(ICustomAttributeProvider member)
    {
        if (member.GetCustomAttributes(typeof(GraphQLDeprecatedAttribute), false).FirstOrDefault() is GraphQLDeprecatedAttribute deprecated)
        {
            return deprecated.Reason;
        }

        return member.GetCustomAttributes(typeof(ObsoleteAttribute), false).FirstOrDefault() is ObsoleteAttribute obsolete
            ? obsolete.Message ?? BuiltInDirectives.DefaultDeprecationReason
            : null;
    }

    /// <summary>The object a root or extension class's instance members run on: from the request's services, else one shared instance.</summary>
    private sealed class InstanceProvider(Type type)
    {
        private object? _shared;

        public object? Get(IResolverContext context) =>
            context.Services.GetService(type) ?? (_shared ??= Activator.CreateInstance(type)
                ?? throw new SchemaException($"{type.Name} needs a public parameterless constructor or a service registration."));
    }
}
