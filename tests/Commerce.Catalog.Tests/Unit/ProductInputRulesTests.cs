namespace Commerce.Catalog.Tests.Unit;

public sealed class ProductInputRulesTests
{
    private static List<FieldProblem> Check(Action<List<FieldProblem>> rule)
    {
        var problems = new List<FieldProblem>();
        rule(problems);
        return problems;
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("19.99", true)]
    [InlineData("19.990", true)]
    [InlineData("19.999", false)]
    [InlineData("-0.01", false)]
    [InlineData("1000000000.01", false)]
    public void Price_needs_at_least_zero_and_at_most_two_decimals(string price, bool valid) =>
        Assert.Equal(valid, Check(p => ProductInputRules.Price(p, "price", decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture))).Count == 0);

    [Theory]
    [InlineData("EUR", true)]
    [InlineData("USD", true)]
    [InlineData("eur", false)]
    [InlineData("EU", false)]
    [InlineData("EURO", false)]
    [InlineData("E1R", false)]
    [InlineData(null, false)]
    public void Currency_is_three_capital_letters(string? currency, bool valid) =>
        Assert.Equal(valid, Check(p => ProductInputRules.Currency(p, "currency", currency)).Count == 0);

    [Theory]
    [InlineData("steel-kettle-1l", true)]
    [InlineData("kettle", true)]
    [InlineData("Steel-kettle", false)]
    [InlineData("steel--kettle", false)]
    [InlineData("-kettle", false)]
    [InlineData("kettle-", false)]
    [InlineData("steel kettle", false)]
    [InlineData("", false)]
    public void Slug_is_lower_case_words_joined_by_hyphens(string slug, bool valid) =>
        Assert.Equal(valid, Check(p => ProductInputRules.Slug(p, "slug", slug)).Count == 0);

    [Fact]
    public void Slug_length_is_bounded()
    {
        Assert.Empty(Check(p => ProductInputRules.Slug(p, "slug", new string('a', ProductInputRules.MaxSlugLength))));
        Assert.Single(Check(p => ProductInputRules.Slug(p, "slug", new string('a', ProductInputRules.MaxSlugLength + 1))));
    }

    [Fact]
    public void Variant_skus_must_differ_within_a_product_and_every_problem_is_listed()
    {
        var problems = Check(p => ProductInputRules.Variants(p,
        [
            new VariantInput { Title = "a", Sku = "A-1", Price = 1m },
            new VariantInput { Title = "", Sku = "A-1", Price = 1.001m },
            new VariantInput { Title = "c", Sku = "A-3", Price = 1m },
        ]));

        Assert.Equal(["variants[1].price", "variants[1].sku", "variants[1].title"], problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }
}
