using System.Security.Cryptography;
using System.Text;

namespace Commerce.Orders;

/// <summary>
/// A processor in test mode: <c>tok_approve</c> approves, <c>tok_decline</c> declines, <c>tok_transient</c> fails as a
/// network or processor hiccup would; any other token declines as invalid. Transaction ids derive from the
/// idempotency key, as a real processor returns the same authorization for a repeated key.
/// </summary>
public sealed class TestPaymentGateway : IPaymentGateway
{
    public const string ApproveToken = "tok_approve";
    public const string DeclineToken = "tok_decline";
    public const string TransientToken = "tok_transient";

    public string Name => "test";

    public Task<GatewayResult> AuthorizeAsync(PaymentAuthorization request, CancellationToken cancellationToken) =>
        Task.FromResult(request.Token switch
        {
            ApproveToken => GatewayResult.Approved("auth_" + Digest(request.IdempotencyKey)),
            TransientToken => new GatewayResult(GatewayOutcome.TransientFailure, null, "The processor did not answer in time."),
            DeclineToken => new GatewayResult(GatewayOutcome.Declined, null, "The card was declined."),
            _ => new GatewayResult(GatewayOutcome.Declined, null, "Unknown payment token."),
        });

    public Task<GatewayResult> CaptureAsync(string transactionId, decimal amount, string currency, CancellationToken cancellationToken) =>
        Task.FromResult(GatewayResult.Approved("cap_" + Digest(transactionId + ":" + amount)));

    public Task<GatewayResult> RefundAsync(string transactionId, decimal amount, string currency, CancellationToken cancellationToken) =>
        Task.FromResult(GatewayResult.Approved("ref_" + Guid.NewGuid().ToString("N")[..16]));

    private static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];
}
