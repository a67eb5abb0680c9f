using Commerce.Carts;
using Commerce.Catalog;

namespace Commerce.Orders;

/// <summary>
/// Prices cart lines from the catalog as it is now: the variant's price (the product's own price for its own SKU),
/// refusing products that are gone or not active and carts mixing currencies.
/// </summary>
public static class CheckoutPricing
{
    public static (IReadOnlyList<PricedLine> Lines, string Currency) Price(IReadOnlyList<CartLineItem> lines, IReadOnlyDictionary<string, Product?> products)
    {
        var priced = new List<PricedLine>(lines.Count);
        string? currency = null;
        foreach (var line in lines)
        {
            if (!products.TryGetValue(line.ProductId, out var product) || product is null || product.Status != ProductStatus.Active)
            {
                throw new OrderException($"Product \"{line.ProductId}\" is no longer for sale.", OrderErrorCodes.ValidationFailed);
            }

            var variant = product.Variants.FirstOrDefault(v => v.Sku == line.VariantSku);
            var (name, price) = variant is not null
                ? (product.Name + " - " + variant.Title, variant.Price)
                : line.VariantSku == product.Sku && product.Variants.Count == 0
                    ? (product.Name, product.Pricing.Price)
                    : throw new OrderException($"Product \"{line.ProductId}\" has no variant \"{line.VariantSku}\".", OrderErrorCodes.ValidationFailed);
            if (currency is not null && currency != product.Pricing.Currency)
            {
                throw new OrderException("A cart must be paid in one currency.", OrderErrorCodes.ValidationFailed);
            }

            currency = product.Pricing.Currency;
            priced.Add(new PricedLine(line.ProductId, line.VariantSku, name, price, line.Quantity));
        }

        return (priced, currency ?? "");
    }
}
