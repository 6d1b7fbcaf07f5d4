using StorageOps.Local.Schedules;

namespace StorageOps.Local.Tests.Schedules;

public sealed class ScheduleExpressionTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset? Next(string expression, string from, string zone = "UTC") =>
        ScheduleExpression.Parse(expression).NextAtOrAfter(Utc(from), ScheduleExpression.TimeZone(zone));

    [Theory]
    [InlineData("cron(0 3 * * ? *)", "2026-12-01T00:00:00Z", "2026-12-01T03:00:00Z")]
    [InlineData("cron(0 3 * * ? *)", "2026-12-01T03:00:00Z", "2026-12-01T03:00:00Z")]
    [InlineData("cron(0 3 * * ? *)", "2026-12-01T03:00:01Z", "2026-12-02T03:00:00Z")]
    [InlineData("cron(0 3 * * ? *)", "2026-12-31T04:00:00Z", "2027-01-01T03:00:00Z")]
    [InlineData("cron(0/15 * * * ? *)", "2026-12-01T10:07:00Z", "2026-12-01T10:15:00Z")]
    [InlineData("cron(30 22 ? * MON-FRI *)", "2026-12-05T00:00:00Z", "2026-12-07T22:30:00Z")]
    [InlineData("cron(0 8 1 * ? *)", "2026-12-02T00:00:00Z", "2027-01-01T08:00:00Z")]
    [InlineData("cron(0 0 L * ? *)", "2027-02-01T00:00:00Z", "2027-02-28T00:00:00Z")]
    [InlineData("cron(0 0 LW * ? *)", "2027-01-01T00:00:00Z", "2027-01-29T00:00:00Z")]
    [InlineData("cron(0 0 15W * ? *)", "2026-08-01T00:00:00Z", "2026-08-14T00:00:00Z")]
    [InlineData("cron(0 0 ? * 6L *)", "2026-12-01T00:00:00Z", "2026-12-25T00:00:00Z")]
    [InlineData("cron(0 0 ? * 2#1 *)", "2026-12-08T00:00:00Z", "2027-01-04T00:00:00Z")]
    [InlineData("cron(0 12 ? JAN,JUL 1 2027)", "2026-12-01T00:00:00Z", "2027-01-03T12:00:00Z")]
    public void NextAtOrAfter_WhenCronInUtc_ShouldReturnTheFirstMatchingMinute(string expression, string from, string expected) =>
        Assert.Equal(Utc(expected), Next(expression, from));

    [Fact]
    public void NextAtOrAfter_WhenCronInAZoneWithSummerTime_ShouldFireAtTheLocalTime()
    {
        Assert.Equal(Utc("2026-12-01T02:00:00Z"), Next("cron(0 3 * * ? *)", "2026-12-01T00:00:00Z", "Europe/Berlin"));
        Assert.Equal(Utc("2026-07-01T01:00:00Z"), Next("cron(0 3 * * ? *)", "2026-07-01T00:00:00Z", "Europe/Berlin"));
    }

    [Fact]
    public void NextAtOrAfter_WhenTheLocalTimeDoesNotExistThatDay_ShouldSkipToTheNextDay() =>
        Assert.Equal(Utc("2026-03-30T00:30:00Z"), Next("cron(30 2 * * ? *)", "2026-03-29T00:00:00Z", "Europe/Berlin"));

    [Fact]
    public void NextAtOrAfter_WhenTheYearHasPassed_ShouldReturnNull() =>
        Assert.Null(Next("cron(0 3 * * ? 2025)", "2026-12-01T00:00:00Z"));

    [Theory]
    [InlineData("rate(15 minutes)", 900)]
    [InlineData("rate(1 hour)", 3600)]
    [InlineData("rate(2 days)", 172_800)]
    public void Parse_WhenRate_ShouldFireAtOnceAndHaveThePeriod(string expression, int seconds)
    {
        var rate = Assert.IsType<RateExpression>(ScheduleExpression.Parse(expression));

        Assert.Equal(TimeSpan.FromSeconds(seconds), rate.Period);
        Assert.Equal(Utc("2026-12-01T10:07:00Z"), rate.NextAtOrAfter(Utc("2026-12-01T10:07:00Z"), TimeZoneInfo.Utc));
    }

    [Fact]
    public void NextAtOrAfter_WhenAtInTheFutureOrPast_ShouldReturnItOrNull()
    {
        Assert.Equal(Utc("2026-12-01T02:00:00Z"), Next("at(2026-12-01T03:00:00)", "2026-11-30T00:00:00Z", "Europe/Berlin"));
        Assert.Null(Next("at(2026-12-01T03:00:00)", "2026-12-02T00:00:00Z"));
    }

    [Theory]
    [InlineData("cron(0 3 * * *)", "expected 6 fields")]
    [InlineData("cron(0 3 * * * *)", "exactly one of day-of-month and day-of-week must be '?'")]
    [InlineData("cron(0 3 ? * ? *)", "exactly one of day-of-month and day-of-week must be '?'")]
    [InlineData("cron(60 3 * * ? *)", "minutes: 60 is outside 0-59")]
    [InlineData("cron(0 3 * FOO ? *)", "month: 'FOO' is not a whole number")]
    [InlineData("cron(0 5-3 * * ? *)", "hours: the range '5-3' ends before it starts")]
    [InlineData("rate(1 minutes)", "singular for 1")]
    [InlineData("rate(0 minutes)", "positive whole number")]
    [InlineData("rate(5 weeks)", "minute, hour or day")]
    [InlineData("every night", "is not cron(...), rate(...) or at(...)")]
    [InlineData("at(2026-12-01 03:00)", "expected yyyy-mm-ddThh:mm:ss")]
    public void Parse_WhenNotAnExpressionSchedulerAccepts_ShouldSayWhy(string expression, string reason)
    {
        var error = Assert.Throws<FormatException>(() => ScheduleExpression.Parse(expression));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeZone_WhenUnknown_ShouldSayWhatIsExpected()
    {
        var error = Assert.Throws<FormatException>(() => ScheduleExpression.TimeZone("Mars/Olympus"));

        Assert.Contains("IANA", error.Message, StringComparison.Ordinal);
    }
}
