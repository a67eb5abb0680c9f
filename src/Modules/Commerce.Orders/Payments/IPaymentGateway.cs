namespace Commerce.Orders;

/// <summary>A card processor: authorize at checkout, capture later, refund captured money.</summary>
public interface IPaymentGateway
{
    string Name { get; }

    Task<GatewayResult> AuthorizeAsync(PaymentAuthorization request, CancellationToken cancellationToken);

    Task<GatewayResult> CaptureAsync(string transactionId, decimal amount, string currency, CancellationToken cancellationToken);

    Task<GatewayResult> RefundAsync(string transactionId, decimal amount, string currency, CancellationToken cancellationToken);
}

public sealed record PaymentAuthorization(string Method, string Token, decimal Amount, string Currency, string IdempotencyKey);

public enum GatewayOutcome
{
    Approved,
    Declined,
    TransientFailure,
}

public sealed record GatewayResult(GatewayOutcome Outcome, string? TransactionId, string? Message)
{
    public static GatewayResult Approved(string transactionId) => new(GatewayOutcome.Approved, transactionId, null);
}
