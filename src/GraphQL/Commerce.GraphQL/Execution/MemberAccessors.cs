using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Commerce.GraphQL.Execution;

/// <summary>
/// The default resolver's reading of a parent's member: a property or field named like the GraphQL field (its
/// first letter in either case), or a dictionary entry. Each (CLR type, field name) pair gets one compiled
/// delegate, so resolving never reflects per call.
/// </summary>
public sealed class MemberAccessors
{
    private static readonly Func<object, object?> Missing = static _ => null;
    private static readonly object True = true;
    private static readonly object False = false;

    private readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>> _accessors = new();

    public Func<object, object?> Get(Type type, string fieldName) =>
        _accessors.TryGetValue((type, fieldName), out var accessor) ? accessor : _accessors.GetOrAdd((type, fieldName), static key => Create(key.Type, key.Name));

    public object? Read(object parent, string fieldName) => Get(parent.GetType(), fieldName)(parent);

    private static Func<object, object?> Create(Type type, string fieldName)
    {
        var pascalName = char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
        {
            return parent => ((IReadOnlyDictionary<string, object?>)parent).TryGetValue(fieldName, out var value)
                || ((IReadOnlyDictionary<string, object?>)parent).TryGetValue(pascalName, out value) ? value : null;
        }

        if (typeof(IDictionary<string, object?>).IsAssignableFrom(type))
        {
            return parent => ((IDictionary<string, object?>)parent).TryGetValue(fieldName, out var value)
                || ((IDictionary<string, object?>)parent).TryGetValue(pascalName, out value) ? value : null;
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return parent => ((IDictionary)parent)[fieldName] ?? ((IDictionary)parent)[pascalName];
        }

        var member = FindMember(type, fieldName) ?? FindMember(type, pascalName);
        if (member is null)
        {
            return Missing;
        }

        var parameter = Expression.Parameter(typeof(object), "parent");
        var read = Expression.MakeMemberAccess(Expression.Convert(parameter, type), member);

        // Booleans are answered with two shared boxes instead of a new box per read.
        Expression boxed = read.Type == typeof(bool)
            ? Expression.Condition(read, Expression.Constant(True, typeof(object)), Expression.Constant(False, typeof(object)))
            : Expression.Convert(read, typeof(object));
        return Expression.Lambda<Func<object, object?>>(boxed, parameter).Compile();
    }

    private static MemberInfo? FindMember(Type type, string name) =>
        (MemberInfo?)type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { } property && ((PropertyInfo)property).GetIndexParameters().Length == 0
            ? property
            : type.GetField(name, BindingFlags.Public | BindingFlags.Instance);
}
