using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.Execution.Coercion;

/// <summary>IResolverContext.ArgumentValue&lt;T&gt;: coerced values to the CLR types resolvers ask for.</summary>
public sealed class ArgumentConversionTests
{
    public enum Sort
    {
        PriceAscending,
        Newest,
    }

    public sealed record Range(int From, int To);

    public sealed class Filter
    {
        public string? Text { get; set; }

        public List<long>? Ids { get; set; }

        public Range? Price { get; set; }

        public Sort Sort { get; set; }
    }

    private static async Task<T> Capture<T>(string arguments, Func<IResolverContext, T> read, object? variables = null)
    {
        var range = new InputObjectType("Range") { Factory = values => new Range((int)values["from"]!, (int)values["to"]!) };
        range.Fields.Add(new InputField("from", new NonNullType(TestSchemas.Int)));
        range.Fields.Add(new InputField("to", new NonNullType(TestSchemas.Int)));
        var sort = new EnumType("Sort");
        sort.AddValue(new EnumValue("PRICE_ASCENDING", Sort.PriceAscending));
        sort.AddValue(new EnumValue("NEWEST", Sort.Newest));
        var filter = new InputObjectType("Filter");
        filter.Fields.Add(new InputField("text", TestSchemas.String));
        filter.Fields.Add(new InputField("ids", new ListType(new NonNullType(TestSchemas.Int))));
        filter.Fields.Add(new InputField("price", range));
        filter.Fields.Add(new InputField("sort", sort) { DefaultValue = new GraphQL.Language.EnumValueNode("NEWEST") });

        T captured = default!;
        var query = new ObjectType("Query");
        query.Field("f", TestSchemas.Int, context =>
            {
                captured = read(context);
                return new ValueTask<object?>(1);
            })
            .Argument("filter", filter)
            .Argument("ranges", new ListType(range))
            .Argument("ids", new ListType(TestSchemas.Int))
            .Argument("sort", sort)
            .Argument("count", TestSchemas.Int);
        var result = await new RequestExecutor(new Schema(query)).RunAsync(variables is null ? $"{{ f{arguments} }}" : $"query ($v: Filter) {{ f{arguments} }}", variables);
        Assert.Null(result.Errors);
        return captured;
    }

    [Fact]
    public async Task Input_object_binds_to_a_class_with_nested_factory_types_and_enums()
    {
        var filter = await Capture("(filter: {text: \"tv\", ids: [3, 4], price: {from: 1, to: 9}})", c => c.ArgumentValue<Filter>("filter"));

        Assert.Equal("tv", filter.Text);
        Assert.Equal([3L, 4L], filter.Ids);
        Assert.Equal(new Range(1, 9), filter.Price);
        Assert.Equal(Sort.Newest, filter.Sort);
    }

    [Fact]
    public async Task Variables_convert_the_same_way()
    {
        var variables = new Dictionary<string, object?>
        {
            ["v"] = new Dictionary<string, object?> { ["ids"] = 5, ["sort"] = "PRICE_ASCENDING" },
        };

        var filter = await Capture("(filter: $v)", c => c.ArgumentValue<Filter>("filter"), variables);

        Assert.Equal([5L], filter.Ids);
        Assert.Equal(Sort.PriceAscending, filter.Sort);
        Assert.Null(filter.Text);
    }

    [Fact]
    public async Task Lists_numbers_enums_and_raw_dictionaries()
    {
        Assert.Equal([new Range(1, 2), new Range(3, 4)], await Capture("(ranges: [{from: 1, to: 2}, {from: 3, to: 4}])", c => c.ArgumentValue<Range[]>("ranges")));
        Assert.Equal([1, 2], await Capture("(ids: [1, 2])", c => c.ArgumentValue<List<int>>("ids")));
        Assert.Equal([1L, 2L], await Capture("(ids: [1, 2])", c => c.ArgumentValue<IReadOnlyList<long>>("ids")));
        Assert.Equal(Sort.PriceAscending, await Capture("(sort: PRICE_ASCENDING)", c => c.ArgumentValue<Sort>("sort")));
        Assert.Equal(7m, await Capture("(count: 7)", c => c.ArgumentValue<decimal>("count")));
        Assert.Null(await Capture("", c => c.ArgumentValue<int?>("count")));
        Assert.False(await Capture("", c => c.HasArgument("count")));
        var raw = await Capture("(filter: {text: \"x\"})", c => c.ArgumentValue<IReadOnlyDictionary<string, object?>>("filter"));
        Assert.Equal(["text", "sort"], raw.Keys);
    }
}
