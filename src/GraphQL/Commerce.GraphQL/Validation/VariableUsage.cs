using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation;

/// <summary>
/// A variable used in a value position: the input type expected there, whether that position has a default value
/// (an argument or input field default), and the input object the variable is a field of, if any.
/// </summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, GraphQLType? ParentType);
