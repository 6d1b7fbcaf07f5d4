namespace StorageOps.Local.Schedules;

/// <summary>
/// <c>cron(minutes hours day-of-month month day-of-week year)</c> as EventBridge Scheduler reads it: day-of-week 1-7 is
/// SUN-SAT, one of day-of-month and day-of-week is <c>?</c>, and the special values <c>L</c> (last day of the month),
/// <c>LW</c> / <c>15W</c> (the weekday nearest to it, within the month), <c>6L</c> (the month's last Friday) and
/// <c>2#1</c> (its first Monday).
/// </summary>
public sealed class CronExpression : ScheduleExpression
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private const int LastYear = 2199;

    private readonly CronField minutes;
    private readonly CronField hours;
    private readonly Func<DateOnly, bool> dayMatches;
    private readonly CronField months;
    private readonly CronField years;

    private CronExpression(string text, CronField minutes, CronField hours, Func<DateOnly, bool> dayMatches, CronField months, CronField years)
    {
        Text = text;
        this.minutes = minutes;
        this.hours = hours;
        this.dayMatches = dayMatches;
        this.months = months;
        this.years = years;
    }

    public override string Text { get; }

    public override DateTimeOffset? NextAtOrAfter(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        for (var date = start; date.Year <= LastYear; date = date.AddDays(1))
        {
            if (!years.Contains(date.Year) || !months.Contains(date.Month) || !dayMatches(date))
            {
                continue;
            }

            foreach (var hour in hours.Values)
            {
                foreach (var minute in minutes.Values)
                {
                    var local = date.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified);
                    if (zone.IsInvalidTime(local))
                    {
                        continue;
                    }

                    var fires = new DateTimeOffset(local, zone.GetUtcOffset(local));
                    if (fires >= instant)
                    {
                        return fires;
                    }
                }
            }

            if (date == DateOnly.MaxValue)
            {
                break;
            }
        }

        return null;
    }

    internal static new CronExpression Parse(string body)
    {
        var fields = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
        {
            throw new FormatException($"cron({body}): expected 6 fields (minutes hours day-of-month month day-of-week year), found {fields.Length}.");
        }

        var (dayOfMonth, dayOfWeek) = (fields[2], fields[4]);
        if ((dayOfMonth == "?") == (dayOfWeek == "?"))
        {
            throw new FormatException($"cron({body}): exactly one of day-of-month and day-of-week must be '?'.");
        }

        return new CronExpression(
            $"cron({body})",
            CronField.Parse(fields[0], "minutes", 0, 59),
            CronField.Parse(fields[1], "hours", 0, 23),
            dayOfMonth == "?" ? DayOfWeek(dayOfWeek) : DayOfMonth(dayOfMonth),
            CronField.Parse(fields[3], "month", 1, 12, MonthNames),
            CronField.Parse(fields[5], "year", 1970, LastYear));
    }

    private static Func<DateOnly, bool> DayOfMonth(string text)
    {
        var rules = text.Split(',').Select(DayOfMonthRule).ToList();
        return date => rules.Any(rule => rule(date));
    }

    private static Func<DateOnly, bool> DayOfMonthRule(string part)
    {
        if (part == "L")
        {
            return date => date.Day == DaysIn(date);
        }

        if (part == "LW")
        {
            return date => date == NearestWeekday(date, DaysIn(date));
        }

        if (part.EndsWith('W'))
        {
            return DayNear(CronField.Value(part[..^1], "day-of-month", 1, 31, null));
        }

        var field = CronField.Parse(part, "day-of-month", 1, 31);
        return date => field.Contains(date.Day);
    }

    private static Func<DateOnly, bool> DayNear(int day) =>
        date => day <= DaysIn(date) && date == NearestWeekday(date, day);

    private static Func<DateOnly, bool> DayOfWeek(string text)
    {
        var rules = text.Split(',').Select(part =>
        {
            if (part.Split('#') is [var weekday, var nth])
            {
                var (day, n) = (CronField.Value(weekday, "day-of-week", 1, 7, DayNames), Number(nth, "day-of-week"));
                return n is < 1 or > 5
                    ? throw new FormatException($"day-of-week: '{part}' must name the 1st to 5th such day.")
                    : (Func<DateOnly, bool>)(date => Weekday(date) == day && (date.Day - 1) / 7 + 1 == n);
            }

            if (part.Length > 1 && part.EndsWith('L'))
            {
                var day = CronField.Value(part[..^1], "day-of-week", 1, 7, DayNames);
                return date => Weekday(date) == day && date.Day + 7 > DaysIn(date);
            }

            var field = part == "L" ? CronField.Parse("7", "day-of-week", 1, 7) : CronField.Parse(part, "day-of-week", 1, 7, DayNames);
            return date => field.Contains(Weekday(date));
        }).ToList();
        return date => rules.Any(rule => rule(date));
    }

    /// <summary>1 = Sunday … 7 = Saturday, as cron counts them.</summary>
    private static int Weekday(DateOnly date) => (int)date.DayOfWeek + 1;

    private static int DaysIn(DateOnly date) => DateTime.DaysInMonth(date.Year, date.Month);

    /// <summary>The weekday nearest to <paramref name="day"/> of the date's month, never crossing into another month.</summary>
    private static DateOnly NearestWeekday(DateOnly date, int day)
    {
        var target = new DateOnly(date.Year, date.Month, day);
        return target.DayOfWeek switch
        {
            System.DayOfWeek.Saturday => day == 1 ? target.AddDays(2) : target.AddDays(-1),
            System.DayOfWeek.Sunday => day == DaysIn(date) ? target.AddDays(-2) : target.AddDays(1),
            _ => target,
        };
    }
}
