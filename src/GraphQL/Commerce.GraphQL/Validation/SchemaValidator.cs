using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation;

/// <summary>
/// Type system validation (spec section 3, the "Type Validation" sub-sections), with graphql-js's validateSchema
/// messages: root types, reserved names, fields and arguments of the right kinds, interface implementations,
/// unions, enums, input objects (non-null cycles, @oneOf rules) and directive definitions.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var errors = new List<string>();
        if (schema.QueryType is null)
        {
            errors.Add("Query root type must be provided.");
        }

        ValidateDirectives(schema, errors);
        var cycles = new InputObjectCycleDetector(errors);
        foreach (var type in schema.TypeList)
        {
            if (!type.IsBuiltIn || !type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                ValidateName(type.Name, errors);
            }

            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, errors);
                    ValidateInterfaces(schema, complex, errors);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union, errors);
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        errors.Add($"Enum type {enumType.Name} must define one or more values.");
                    }

                    foreach (var value in enumType.Values)
                    {
                        ValidateName(value.Name, errors);
                    }

                    break;
                case InputObjectType inputObject:
                    ValidateInputFields(inputObject, errors);
                    cycles.Detect(inputObject);
                    break;
            }
        }

        return errors;
    }

    /// <summary>Throws a <see cref="SchemaException"/> listing every problem when the schema is invalid.</summary>
    public static void EnsureValid(Schema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }
    }

    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void ValidateDirectives(Schema schema, List<string> errors)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, errors);
                if (!argument.Type.IsInputType)
                {
                    errors.Add($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    errors.Add($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateFields(ComplexType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, errors);
                if (!argument.Type.IsInputType)
                {
                    errors.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    errors.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }

            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    errors.Add(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
                }
            }

            ValidateImplementation(schema, type, iface, errors);
        }
    }

    private static void ValidateImplementation(Schema schema, ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var name = ifaceField.Name;
            if (!type.Fields.TryGetField(name, out var typeField))
            {
                errors.Add($"Interface field {iface.Name}.{name} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!TypeReferences.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
            {
                errors.Add($"Interface field {iface.Name}.{name} expects type {ifaceField.Type} but {type.Name}.{name} is type {typeField.Type}.");
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                if (!typeField.Arguments.TryGetField(ifaceArg.Name, out var typeArg))
                {
                    errors.Add($"Interface field argument {iface.Name}.{name}({ifaceArg.Name}:) expected but {type.Name}.{name} does not provide it.");
                    continue;
                }

                if (!TypeReferences.IsEqualType(ifaceArg.Type, typeArg.Type))
                {
                    errors.Add($"Interface field argument {iface.Name}.{name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{name}({ifaceArg.Name}:) is type {typeArg.Type}.");
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (!ifaceField.Arguments.Contains(typeArg.Name) && IsRequired(typeArg))
                {
                    errors.Add($"Object field {type.Name}.{name} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{name}.");
                }
            }
        }
    }

    private static void ValidateUnionMembers(UnionType union, List<string> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                errors.Add($"Union type {union.Name} can only include type {member.Name} once.");
            }
        }
    }

    private static void ValidateInputFields(InputObjectType inputObject, List<string> errors)
    {
        if (inputObject.Fields.Count == 0)
        {
            errors.Add($"Input Object type {inputObject.Name} must define one or more fields.");
        }

        foreach (var field in inputObject.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {inputObject.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (IsRequired(field) && field.IsDeprecated)
            {
                errors.Add($"Required input field {inputObject.Name}.{field.Name} cannot be deprecated.");
            }

            if (inputObject.IsOneOf)
            {
                if (field.Type.IsNonNull)
                {
                    errors.Add($"OneOf input field {inputObject.Name}.{field.Name} must be nullable.");
                }

                if (field.HasDefaultValue)
                {
                    errors.Add($"OneOf input field {inputObject.Name}.{field.Name} cannot have a default value.");
                }
            }
        }
    }

    private static bool IsRequired(InputField value) => value.Type.IsNonNull && !value.HasDefaultValue;

    /// <summary>Finds input objects that would need themselves through non-null fields only (no finite value exists).</summary>
    private sealed class InputObjectCycleDetector(List<string> errors)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputField> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Detect(InputObjectType inputObject)
        {
            if (!_visited.Add(inputObject.Name))
            {
                return;
            }

            _pathIndexByTypeName[inputObject.Name] = _fieldPath.Count;
            foreach (var field in inputObject.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                {
                    continue;
                }

                _fieldPath.Add(field);
                if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    Detect(fieldType);
                }
                else
                {
                    var names = new List<string>();
                    for (var i = cycleIndex; i < _fieldPath.Count; i++)
                    {
                        names.Add(_fieldPath[i].Name);
                    }

                    errors.Add($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', names)}\".");
                }

                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }

            _pathIndexByTypeName.Remove(inputObject.Name);
        }
    }
}
