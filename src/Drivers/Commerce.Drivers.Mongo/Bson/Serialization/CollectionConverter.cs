using System.Collections;
using System.Linq.Expressions;

namespace Commerce.Drivers.Mongo.Bson.Serialization;

/// <summary>Arrays, lists, sets and their read-only interfaces, as BSON arrays.</summary>
internal sealed class CollectionConverter : BsonConverter
{
    private readonly BsonMapper _mapper;
    private readonly Type _elementType;
    private readonly Func<IList> _newList;
    private readonly Func<IList, object> _finish;

    private CollectionConverter(BsonMapper mapper, Type elementType, Func<IList> newList, Func<IList, object> finish)
    {
        _mapper = mapper;
        _elementType = elementType;
        _newList = newList;
        _finish = finish;
    }

    public static BsonConverter? TryCreate(BsonMapper mapper, Type type)
    {
        Type? element = null;
        if (type.IsArray && type.GetArrayRank() == 1)
        {
            element = type.GetElementType()!;
        }
        else if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>) ||
                definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) ||
                definition == typeof(HashSet<>) || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>))
            {
                element = type.GetGenericArguments()[0];
            }
        }

        if (element is null)
        {
            return null;
        }

        var listType = typeof(List<>).MakeGenericType(element);
        var newList = Expression.Lambda<Func<IList>>(Expression.New(listType)).Compile();
        return new CollectionConverter(mapper, element, newList, BuildFinish(type, element, listType));
    }

    // Compiled once: turns the filled List<T> into the member's declared shape.
    private static Func<IList, object> BuildFinish(Type type, Type element, Type listType)
    {
        var list = Expression.Parameter(typeof(IList), "list");
        var typed = Expression.Convert(list, listType);
        Expression body;
        if (type.IsArray)
        {
            body = Expression.Call(typed, listType.GetMethod(nameof(List<int>.ToArray))!);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(HashSet<>) || d == typeof(ISet<>) || d == typeof(IReadOnlySet<>)))
        {
            var setType = typeof(HashSet<>).MakeGenericType(element);
            body = Expression.New(setType.GetConstructor([typeof(IEnumerable<>).MakeGenericType(element)])!, typed);
        }
        else
        {
            body = typed;
        }

        return Expression.Lambda<Func<IList, object>>(Expression.Convert(body, typeof(object)), list).Compile();
    }

    public override BsonValue Write(object value)
    {
        var array = new BsonArray();
        foreach (var item in (IEnumerable)value)
        {
            array.Add(_mapper.ToBsonValue(item, _elementType));
        }

        return array;
    }

    public override object? Read(BsonValue value)
    {
        if (value is not BsonArray array)
        {
            throw PrimitiveConverters.Mismatch(value, typeof(List<>).MakeGenericType(_elementType));
        }

        var list = _newList();
        foreach (var item in array)
        {
            list.Add(_mapper.FromBsonValue(item, _elementType));
        }

        return _finish(list);
    }
}
