using System.Text.RegularExpressions;

namespace Commerce.Catalog;

/// <summary>The rules product input must follow; each check adds what is wrong to a list instead of stopping at the first.</summary>
public static partial class ProductInputRules
{
    public const int MaxNameLength = 200;
    public const int MaxSlugLength = 120;
    public const int MaxSkuLength = 64;
    public const int MaxDescriptionLength = 10_000;
    public const decimal MaxPrice = 1_000_000_000m;

    public static void Name(List<FieldProblem> problems, string field, string? value) =>
        Text(problems, field, value, MaxNameLength);

    public static void Slug(List<FieldProblem> problems, string field, string? value)
    {
        if (Text(problems, field, value, MaxSlugLength) && !SlugPattern().IsMatch(value!))
        {
            problems.Add(new(field, "must be lower-case letters and digits in words joined by single hyphens"));
        }
    }

    public static void Sku(List<FieldProblem> problems, string field, string? value)
    {
        if (Text(problems, field, value, MaxSkuLength) && !SkuPattern().IsMatch(value!))
        {
            problems.Add(new(field, "may hold only letters, digits, '.', '_' and '-'"));
        }
    }

    public static void Price(List<FieldProblem> problems, string field, decimal value)
    {
        if (value < 0)
        {
            problems.Add(new(field, "must not be negative"));
        }
        else if (value > MaxPrice)
        {
            problems.Add(new(field, $"must not exceed {MaxPrice}"));
        }
        else if (decimal.Round(value, 2) != value)
        {
            problems.Add(new(field, "must have at most 2 decimals"));
        }
    }

    public static void Currency(List<FieldProblem> problems, string field, string? value)
    {
        if (value is null || !CurrencyPattern().IsMatch(value))
        {
            problems.Add(new(field, "must be a 3-letter ISO 4217 code in capitals, e.g. EUR"));
        }
    }

    public static void Description(List<FieldProblem> problems, string field, string? value)
    {
        if (value is { Length: > MaxDescriptionLength })
        {
            problems.Add(new(field, $"must be at most {MaxDescriptionLength} characters"));
        }
    }

    public static void Variants(List<FieldProblem> problems, IReadOnlyList<VariantInput> variants)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = variants[i];
            Name(problems, $"variants[{i}].title", variant.Title);
            Sku(problems, $"variants[{i}].sku", variant.Sku);
            Price(problems, $"variants[{i}].price", variant.Price);
            if (!string.IsNullOrWhiteSpace(variant.Sku) && !seen.Add(variant.Sku))
            {
                problems.Add(new($"variants[{i}].sku", $"\"{variant.Sku}\" is used by another variant of this product"));
            }

            Attributes(problems, $"variants[{i}].attributes", variant.Attributes ?? []);
        }
    }

    public static void Attributes(List<FieldProblem> problems, string field, IReadOnlyList<AttributeInput> attributes)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            Text(problems, $"{field}[{i}].name", attributes[i].Name, MaxNameLength);
            if (attributes[i].Value is { Length: > MaxNameLength })
            {
                problems.Add(new($"{field}[{i}].value", $"must be at most {MaxNameLength} characters"));
            }

            if (attributes[i].Type is { } type && type is not ("text" or "number" or "boolean" or "color"))
            {
                problems.Add(new($"{field}[{i}].type", "must be text, number, boolean or color"));
            }
        }
    }

    public static void Images(List<FieldProblem> problems, IReadOnlyList<ImageInput> images)
    {
        for (var i = 0; i < images.Count; i++)
        {
            if (!Uri.TryCreate(images[i].Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                problems.Add(new($"images[{i}].url", "must be an absolute http(s) URL"));
            }
        }
    }

    private static bool Text(List<FieldProblem> problems, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, "must not be empty"));
            return false;
        }

        if (value.Length > maxLength)
        {
            problems.Add(new(field, $"must be at most {maxLength} characters"));
            return false;
        }

        return true;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex SkuPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
