using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>
/// 5.6.1 Values of Correct Type: every literal is coercible to the input type of its position, input objects have
/// their required fields and no unknown ones, and a <c>@oneOf</c> input object has exactly one non-null field.
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        var typeInfo = walker.TypeInfo;
        switch (node)
        {
            case ListValueNode list:
                if (typeInfo.ParentInputType?.Nullable is not ListType)
                {
                    IsValidValueNode(list, typeInfo);
                    return false;
                }

                return true;
            case ObjectValueNode obj:
                if (typeInfo.InputType?.GetNamedType() is not InputObjectType inputObject)
                {
                    IsValidValueNode(obj, typeInfo);
                    return false;
                }

                CheckObject(obj, inputObject);
                return true;
            case ObjectFieldNode field:
                if (typeInfo.InputType is null && typeInfo.ParentInputType?.GetNamedType() is InputObjectType parent)
                {
                    var names = new List<string>(parent.Fields.Count);
                    foreach (var candidate in parent.Fields)
                    {
                        names.Add(candidate.Name);
                    }

                    Report($"Field \"{field.Name.Value}\" is not defined by type \"{parent.Name}\"." + DidYouMean(Suggest(field.Name.Value, names)), field);
                }

                return true;
            case NullValueNode nullValue:
                if (typeInfo.InputType is NonNullType nonNull)
                {
                    Report($"Expected value of type \"{nonNull}\", found null.", nullValue);
                }

                return true;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                IsValidValueNode((ValueNode)node, typeInfo);
                return true;
            default:
                return true;
        }
    }

    private void CheckObject(ObjectValueNode obj, InputObjectType type)
    {
        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var field in obj.Fields)
        {
            if (given.TryAdd(field.Name.Value, field))
            {
                keys.Add(field.Name.Value);
            }
            else
            {
                // graphql-js's keyMap keeps the last field of a repeated name.
                given[field.Name.Value] = field;
            }
        }

        foreach (var fieldDef in type.Fields)
        {
            if (!given.ContainsKey(fieldDef.Name) && fieldDef.Type.IsNonNull && !fieldDef.HasDefaultValue)
            {
                Report($"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", obj);
            }
        }

        if (!type.IsOneOf)
        {
            return;
        }

        if (keys.Count != 1)
        {
            Report($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", obj);
            return;
        }

        if (given[keys[0]].Value is NullValueNode)
        {
            Report($"Field \"{type.Name}.{keys[0]}\" must be non-null.", obj);
        }
    }

    private void IsValidValueNode(ValueNode node, TypeInfo typeInfo)
    {
        if (typeInfo.InputType is not { } locationType)
        {
            return;
        }

        var type = locationType.GetNamedType();
        if (!type.IsLeafType)
        {
            Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            return;
        }

        if (type is EnumType enumType)
        {
            CheckEnum(node, enumType);
            return;
        }

        try
        {
            ((ScalarType)type).ParseLiteral(node);
        }
        catch (Exception error) when (error is InputCoercionException or GraphQLException)
        {
            // Scalars report their own coercion message, as graphql-js's built-in scalars do.
            Report(error.Message, node);
        }
        catch (Exception error)
        {
            // Any other failure of a custom scalar is still the client's invalid literal, as graphql-js words it.
            Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; " + error.Message, node);
        }
    }

    private void CheckEnum(ValueNode node, EnumType type)
    {
        if (node is EnumValueNode enumValue && type.Values.Contains(enumValue.Value))
        {
            return;
        }

        var printed = Printer.Print(node);
        var names = new List<string>(type.Values.Count);
        foreach (var value in type.Values)
        {
            names.Add(value.Name);
        }

        var suggestion = DidYouMean(Suggest(printed, names), "the enum value");
        Report(node is EnumValueNode
            ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum." + suggestion
            : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + suggestion, node);
    }
}
