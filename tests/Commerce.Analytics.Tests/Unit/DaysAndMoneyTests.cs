namespace Commerce.Analytics.Tests.Unit;

public sealed class DaysAndMoneyTests
{
    [Fact]
    public void DayKeysSortAsTheirDaysDo()
    {
        var days = new[] { new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1), new DateOnly(2025, 2, 9), new DateOnly(2025, 10, 1) };

        Assert.Equal(days.Order(), days.OrderBy(Days.Key, StringComparer.Ordinal));
        Assert.Equal("2025-02-09", Days.Key(new DateOnly(2025, 2, 9)));
    }

    [Fact]
    public void AnInstantFallsOnItsUtcDay()
    {
        Assert.Equal("2025-03-31", Days.Key(new DateTimeOffset(2025, 4, 1, 1, 30, 0, TimeSpan.FromHours(2))));
    }

    [Fact]
    public void MonthsOfARangeAcrossAYearEnd()
    {
        Assert.Equal(["2025-11", "2025-12", "2026-01"], Days.Months(new DateOnly(2025, 11, 30), new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData("19.99", 1999)]
    [InlineData("0.005", 1)]
    [InlineData("2.345", 235)]
    [InlineData("0", 0)]
    public void MoneyBecomesWholeCentsRoundingHalfAwayFromZero(string amount, long cents)
    {
        Assert.Equal(cents, Cents.From(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void DateRangeCountsBothEnds()
    {
        Assert.Equal(92, DateRange.Checked(new DateOnly(2025, 1, 1), new DateOnly(2025, 4, 2), 92).Days);
        Assert.Equal(DateRange.RangeTooLong, Assert.Throws<Commerce.GraphQL.GraphQLException>(() => DateRange.Checked(new DateOnly(2025, 1, 1), new DateOnly(2025, 4, 3), 92)).Errors[0].Code);
        Assert.Equal(DateRange.InvalidRange, Assert.Throws<Commerce.GraphQL.GraphQLException>(() => DateRange.Checked(new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 1), 92)).Errors[0].Code);
    }
}
