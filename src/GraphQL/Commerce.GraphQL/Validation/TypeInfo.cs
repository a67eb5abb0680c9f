using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of a document, the schema element each node refers to: the output type and parent type of
/// selections, the field definition, the directive and argument, and the input type expected for values.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefStack = [];
    private readonly List<InputField?> _defaultValueStack = [];

    public Schema Schema { get; } = schema;

    public GraphQLType? Type => Peek(_typeStack);

    public NamedType? ParentType => Peek(_parentTypeStack);

    public GraphQLType? InputType => Peek(_inputTypeStack);

    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public OutputField? FieldDef => Peek(_fieldDefStack);

    /// <summary>The argument or input field whose default applies at the current value position, if it has one.</summary>
    public InputField? DefaultValueOwner => Peek(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public InputField? Argument { get; private set; }

    public EnumValue? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.GetNamedType();
                _parentTypeStack.Add(named is { IsCompositeType: true } ? named : null);
                break;
            case FieldNode field:
                OutputField? fieldDef = null;
                if (ParentType is { } parent)
                {
                    fieldDef = Schema.Introspection.GetField(Schema, parent, field.Name.Value);
                }

                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is { Type.IsOutputType: true } ? fieldDef.Type : null);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                var inlineType = inline.TypeCondition is { } condition ? TypeReferences.FromAst(Schema, condition) : Type?.GetNamedType();
                _typeStack.Add(inlineType is { IsOutputType: true } ? inlineType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = TypeReferences.FromAst(Schema, fragment.TypeCondition);
                _typeStack.Add(fragmentType is { IsOutputType: true } ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeReferences.FromAst(Schema, variable.Type);
                _inputTypeStack.Add(variableType is { IsInputType: true } ? variableType : null);
                break;
            case ArgumentNode argument:
                InputField? argDef = null;
                if (Directive is { } directiveDef)
                {
                    directiveDef.Arguments.TryGetField(argument.Name.Value, out argDef);
                }
                else if (FieldDef is { } owner)
                {
                    owner.Arguments.TryGetField(argument.Name.Value, out argDef);
                }

                Argument = argDef;
                _defaultValueStack.Add(argDef);
                _inputTypeStack.Add(argDef is { Type.IsInputType: true } ? argDef.Type : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                InputField? inputField = null;
                if (InputType?.GetNamedType() is InputObjectType inputObject)
                {
                    inputObject.Fields.TryGetField(objectField.Name.Value, out inputField);
                }

                _defaultValueStack.Add(inputField);
                _inputTypeStack.Add(inputField is { Type.IsInputType: true } ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.GetNamedType() is EnumType enumType && enumType.Values.TryGetField(enumValue.Value, out var value) ? value : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private static T? Peek<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
