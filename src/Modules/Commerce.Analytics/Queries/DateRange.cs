using Commerce.GraphQL;

namespace Commerce.Analytics;

/// <summary>A validated day range: from no later than to, and at most the configured number of days, both ends included.</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    public const string InvalidRange = "INVALID_DATE_RANGE";
    public const string RangeTooLong = "DATE_RANGE_TOO_LONG";

    public int Days => To.DayNumber - From.DayNumber + 1;

    public static DateRange Checked(DateOnly from, DateOnly to, int maxDays)
    {
        if (to < from)
        {
            throw new GraphQLException($"\"from\" ({Commerce.Analytics.Days.Key(from)}) must not be after \"to\" ({Commerce.Analytics.Days.Key(to)}).", InvalidRange);
        }

        var range = new DateRange(from, to);
        if (range.Days > maxDays)
        {
            throw new GraphQLException($"A date range may cover at most {maxDays} days; this one covers {range.Days}.", RangeTooLong);
        }

        return range;
    }
}
