using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.5 All Variable Usages Are Allowed: a variable's type fits each position it is used in (a nullable variable
/// fits a non-null position only with a non-null default on either side), and a variable given as a field of a
/// <c>@oneOf</c> input object is non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is not FragmentDefinitionNode;
        }

        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            definitions[definition.Variable.Name.Value] = definition;
        }

        var schema = Context.Schema;
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
            {
                continue;
            }

            var variableType = TypeReferences.FromAst(schema, definition.Type);
            if (variableType is null)
            {
                continue;
            }

            if (!AllowedVariableUsage(schema, variableType, definition.DefaultValue, locationType, usage.HasLocationDefault))
            {
                Report($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && !variableType.IsNonNull)
            {
                Report($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
            }
        }

        return false;
    }

    private static bool AllowedVariableUsage(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return TypeReferences.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeReferences.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
