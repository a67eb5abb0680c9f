namespace Commerce.Analytics;

/// <summary>What happened; stored as its lower-case name in the raw event tables.</summary>
public enum AnalyticsEventKind
{
    View,
    AddToCart,
    Purchase,
}
