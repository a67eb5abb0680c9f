namespace Commerce.Catalog;

/// <summary>
/// A product page shown to someone: the product, who saw it and when. <see cref="CustomerId"/> is the signed-in
/// user's id (accounts' <c>AccountContext.UserId</c>, "D" format); <see cref="SessionId"/> identifies a guest's visit
/// when the host knows one (it knows none today, so guests' views carry neither).
/// </summary>
public sealed record ProductView(string ProductId, string? CustomerId, string? SessionId, DateTimeOffset At);
