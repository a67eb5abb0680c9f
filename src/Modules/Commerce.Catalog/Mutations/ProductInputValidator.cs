namespace Commerce.Catalog;

/// <summary>Checks create and update input against <see cref="ProductInputRules"/>; an update checks only the fields it gives.</summary>
public static class ProductInputValidator
{
    public static List<FieldProblem> Validate(CreateProductInput input)
    {
        var problems = new List<FieldProblem>();
        ProductInputRules.Name(problems, "name", input.Name);
        ProductInputRules.Slug(problems, "slug", input.Slug);
        ProductInputRules.Sku(problems, "sku", input.Sku);
        ProductInputRules.Description(problems, "description", input.Description);
        ProductInputRules.Price(problems, "price", input.Price);
        if (input.CompareAtPrice is { } compareAt)
        {
            ProductInputRules.Price(problems, "compareAtPrice", compareAt);
        }

        ProductInputRules.Currency(problems, "currency", input.Currency);
        if (string.IsNullOrWhiteSpace(input.CategoryId))
        {
            problems.Add(new("categoryId", "must not be empty"));
        }

        ProductInputRules.Variants(problems, input.Variants ?? []);
        ProductInputRules.Attributes(problems, "attributes", input.Attributes ?? []);
        ProductInputRules.Images(problems, input.Images ?? []);
        return problems;
    }

    public static List<FieldProblem> Validate(UpdateProductInput input)
    {
        var problems = new List<FieldProblem>();
        if (input.Name is not null)
        {
            ProductInputRules.Name(problems, "name", input.Name);
        }

        if (input.Slug is not null)
        {
            ProductInputRules.Slug(problems, "slug", input.Slug);
        }

        if (input.Sku is not null)
        {
            ProductInputRules.Sku(problems, "sku", input.Sku);
        }

        ProductInputRules.Description(problems, "description", input.Description);
        if (input.Price is { } price)
        {
            ProductInputRules.Price(problems, "price", price);
        }

        if (input.CompareAtPrice is { } compareAt)
        {
            ProductInputRules.Price(problems, "compareAtPrice", compareAt);
        }

        if (input.Currency is not null)
        {
            ProductInputRules.Currency(problems, "currency", input.Currency);
        }

        if (input.CategoryId is not null && string.IsNullOrWhiteSpace(input.CategoryId))
        {
            problems.Add(new("categoryId", "must not be empty"));
        }

        if (input.Variants is not null)
        {
            ProductInputRules.Variants(problems, input.Variants);
        }

        if (input.Attributes is not null)
        {
            ProductInputRules.Attributes(problems, "attributes", input.Attributes);
        }

        if (input.Images is not null)
        {
            ProductInputRules.Images(problems, input.Images);
        }

        return problems;
    }
}
