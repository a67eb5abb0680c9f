using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves (spec 6.4.2 ResolveFieldValue's inputs, and the request around it).</summary>
public interface IResolverContext
{
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    OutputField Field { get; }

    /// <summary>The first field node of the merged field set; <see cref="FieldNodes"/> has them all.</summary>
    FieldNode Selection { get; }

    IReadOnlyList<FieldNode> FieldNodes { get; }

    OperationDefinitionNode Operation { get; }

    ResponsePath Path { get; }

    /// <summary>The parent object's runtime value (the objectValue of the spec).</summary>
    object? Parent { get; }

    T ParentAs<T>();

    /// <summary>The coerced argument value converted to <typeparamref name="T"/> (input objects to their runtime type).</summary>
    T ArgumentValue<T>(string name);

    /// <summary>True when the argument was given in the query or by a variable (not only by its default).</summary>
    bool HasArgument(string name);

    IReadOnlyDictionary<string, object?> CoercedVariables { get; }

    IServiceProvider Services { get; }

    T Service<T>() where T : notnull;

    /// <summary>Per-request state shared by all resolvers of the request.</summary>
    IDictionary<string, object?> ContextData { get; }

    CancellationToken RequestAborted { get; }

    /// <summary>Adds an error at this field's path without failing the field.</summary>
    void ReportError(GraphQLError error);
}
