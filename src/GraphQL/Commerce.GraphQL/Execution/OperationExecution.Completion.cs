using System.Collections;
using Commerce.GraphQL.Execution.Planning;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// Completes the value of a position that may hold an error: a field (index &lt; 0) or a list item. An error
    /// raised while completing is recorded here; the position then holds null, or <see cref="Failed"/> when its
    /// type is non-null so the failure reaches the nearest nullable parent.
    /// </summary>
    private ValueTask<object?> CompletePosition(FieldPlan field, GraphQLType type, object? result, ObjectPath parent, int index)
    {
        try
        {
            var completed = CompleteValue(field, type, result, parent, index);
            if (!completed.IsCompletedSuccessfully)
            {
                return AwaitPosition(field, type, completed, parent, index);
            }

            var value = completed.Result;
            return new ValueTask<object?>(value == Failed && type is not NonNullType ? null : value);
        }
        catch (Exception error)
        {
            return new ValueTask<object?>(HandleFieldError(error, field, type, parent, index));
        }
    }

    private async ValueTask<object?> AwaitPosition(FieldPlan field, GraphQLType type, ValueTask<object?> completed, ObjectPath parent, int index)
    {
        try
        {
            var value = await completed;
            return value == Failed && type is not NonNullType ? null : value;
        }
        catch (Exception error)
        {
            return HandleFieldError(error, field, type, parent, index);
        }
    }

    /// <summary>The spec's CompleteValue (6.4.3).</summary>
    private ValueTask<object?> CompleteValue(FieldPlan field, GraphQLType type, object? result, ObjectPath parent, int index)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(field, nonNull.OfType, result, parent, index);
            if (!inner.IsCompletedSuccessfully)
            {
                return AwaitNonNull(field, inner, parent, index);
            }

            return new ValueTask<object?>(inner.Result ?? NullAtNonNull(field, parent, index));
        }

        if (result is null)
        {
            return default;
        }

        // Most completed values are built-in scalars already in serialized form: answered before the Task check,
        // which (Task being unsealed) costs a hierarchy walk.
        if (type.Kind == TypeKind.Scalar && IsSerialized(type, result))
        {
            return new ValueTask<object?>(result);
        }

        if (result is Task task)
        {
            // A value may itself be pending (e.g. a list of loader tasks), as graphql-js accepts promises anywhere.
            return CompleteTaskValue(field, type, task, parent, index);
        }

        switch (type.Kind)
        {
            case TypeKind.Scalar:
                return new ValueTask<object?>(((ScalarType)type).Serialize(result));
            case TypeKind.Enum:
                return new ValueTask<object?>(((EnumType)type).Serialize(result));
            case TypeKind.Object:
                return CompleteObjectValue(field, (ObjectType)type, result, parent, index);
            case TypeKind.Interface:
            case TypeKind.Union:
                return CompleteObjectValue(field, ResolveAbstractType(field, (NamedType)type, result, parent, index), result, parent, index);
            case TypeKind.List:
                return CompleteListValue(field, (ListType)type, result, parent, index);
            default:
                throw new InvalidOperationException($"Cannot complete a value of type {type}.");
        }
    }

    /// <summary>A value already in the built-in scalar's serialized form passes as is (no re-boxing, no call).</summary>
    private static bool IsSerialized(GraphQLType type, object result) => result switch
    {
        string => type is StringType or IdType,
        int => type is IntType,
        bool => type is BooleanType,
        double d => type is FloatType && double.IsFinite(d),
        _ => false,
    };

    private async ValueTask<object?> CompleteTaskValue(FieldPlan field, GraphQLType type, Task task, ObjectPath parent, int index)
    {
        await task;
        return await CompleteValue(field, type, Executor.TaskResults.Read(task), parent, index);
    }

    private async ValueTask<object?> AwaitNonNull(FieldPlan field, ValueTask<object?> inner, ObjectPath parent, int index) =>
        await inner ?? NullAtNonNull(field, parent, index);

    private object NullAtNonNull(FieldPlan field, ObjectPath parent, int index)
    {
        AddError(new GraphQLError(
            $"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Field.Name}.",
            field.Locations,
            PathOf(field, parent, index).ToList(),
            InternalErrorExtensions));
        return Failed;
    }

    private ValueTask<object?> CompleteObjectValue(FieldPlan field, ObjectType objectType, object result, ObjectPath parent, int index)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new ExecutionFault($"Expected value of type \"{objectType.Name}\" but got: {ValueDisplay.Inspect(result)}.");
        }

        var plan = field.GetSubPlan(objectType, Variables);
        var path = plan.HasCompositeFields ? ObjectPath.Of(PathOf(field, parent, index)) : ObjectPath.Deferred(parent.Get(), field, index);
        return ExecuteFields(plan, result, path);
    }

    /// <summary>The spec's ResolveAbstractType: the type's resolver, else the first possible type that claims the value.</summary>
    private ObjectType ResolveAbstractType(FieldPlan field, NamedType abstractType, object result, ObjectPath parent, int index)
    {
        var resolveType = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };

        ObjectType? runtimeType = null;
        if (resolveType is not null)
        {
            runtimeType = resolveType(result, new ResolverContext(this, field, result, parent, FieldPlan.Empty, index));
        }
        else if (field.RuntimeTypesByClrType && field.CachedRuntimeType(result.GetType()) is { } cached)
        {
            return cached;
        }
        else
        {
            foreach (var possibleType in Schema.GetPossibleTypes(abstractType))
            {
                if (possibleType.IsInstanceOfType(result))
                {
                    runtimeType = possibleType;
                    if (field.RuntimeTypesByClrType)
                    {
                        field.CacheRuntimeType(result.GetType(), possibleType);
                    }

                    break;
                }
            }
        }

        if (runtimeType is null)
        {
            throw new ExecutionFault(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Field.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        if (!Schema.IsSubType(abstractType, runtimeType))
        {
            throw new ExecutionFault($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return runtimeType;
    }

    /// <summary>The spec's list completion: each item is a position of its own (path with the index).</summary>
    private ValueTask<object?> CompleteListValue(FieldPlan field, ListType listType, object result, ObjectPath parent, int index)
    {
        if (result is string or IDictionary || result is not IEnumerable items)
        {
            if (Executor.AsyncSequences.TryAdapt(result, out var sequence))
            {
                return CompleteAsyncListValue(field, listType, sequence, parent, index);
            }

            throw new ExecutionFault($"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Field.Name}\".");
        }

        var itemType = listType.OfType;
        var listPath = itemType.Nullable.IsLeafType ? ObjectPath.Deferred(parent.Get(), field, index) : ObjectPath.Of(PathOf(field, parent, index));
        if (items is IList list)
        {
            var completed = new ResultList(list.Count);
            List<(int Index, ValueTask<object?> Value)>? pending = null;
            for (var i = 0; i < list.Count; i++)
            {
                if (!AddItem(completed, ref pending, CompletePosition(field, itemType, list[i], listPath, i)))
                {
                    return pending is null ? new ValueTask<object?>(Failed) : AwaitThenFail(pending);
                }
            }

            return pending is null ? new ValueTask<object?>(completed) : AwaitItems(completed, pending);
        }
        else
        {
            var completed = new ResultList();
            List<(int Index, ValueTask<object?> Value)>? pending = null;
            var i = 0;
            foreach (var item in items)
            {
                if (!AddItem(completed, ref pending, CompletePosition(field, itemType, item, listPath, i++)))
                {
                    return pending is null ? new ValueTask<object?>(Failed) : AwaitThenFail(pending);
                }
            }

            return pending is null ? new ValueTask<object?>(completed) : AwaitItems(completed, pending);
        }
    }

    private static bool AddItem(ResultList completed, ref List<(int Index, ValueTask<object?> Value)>? pending, ValueTask<object?> item)
    {
        if (item.IsCompletedSuccessfully)
        {
            var value = item.Result;
            if (value == Failed)
            {
                return false;
            }

            completed.Add(value);
            return true;
        }

        (pending ??= []).Add((completed.Count, item));
        completed.Add(null);
        return true;
    }

    private static async ValueTask<object?> AwaitItems(ResultList completed, List<(int Index, ValueTask<object?> Value)> pending)
    {
        var failed = false;
        foreach (var (index, item) in pending)
        {
            var value = await item;
            if (value == Failed)
            {
                failed = true;
            }
            else
            {
                completed[index] = value;
            }
        }

        return failed ? Failed : completed;
    }

    private async ValueTask<object?> CompleteAsyncListValue(FieldPlan field, ListType listType, IAsyncEnumerable<object?> sequence, ObjectPath parent, int index)
    {
        var items = new List<object?>();
        await foreach (var item in sequence.WithCancellation(CancellationToken))
        {
            items.Add(item);
        }

        return await CompleteListValue(field, listType, items, parent, index);
    }
}
