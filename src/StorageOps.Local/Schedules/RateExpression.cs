namespace StorageOps.Local.Schedules;

/// <summary><c>rate(5 minutes)</c>: fires when the schedule is created and every period after it, so locally at the start itself.</summary>
public sealed class RateExpression : ScheduleExpression
{
    private RateExpression(string text, TimeSpan period)
    {
        Text = text;
        Period = period;
    }

    public override string Text { get; }

    public TimeSpan Period { get; }

    public override DateTimeOffset? NextAtOrAfter(DateTimeOffset instant, TimeZoneInfo zone) => instant;

    internal static new RateExpression Parse(string body)
    {
        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new FormatException($"rate({body}): expected 'value unit', e.g. rate(15 minutes).");
        }

        var value = Number(parts[0], "rate value");
        if (value < 1)
        {
            throw new FormatException($"rate({body}): the value must be a positive whole number.");
        }

        var unit = (value == 1, parts[1]) switch
        {
            (true, "minute") or (false, "minutes") => TimeSpan.FromMinutes(1),
            (true, "hour") or (false, "hours") => TimeSpan.FromHours(1),
            (true, "day") or (false, "days") => TimeSpan.FromDays(1),
            _ => throw new FormatException($"rate({body}): the unit must be minute, hour or day ({(value == 1 ? "singular" : "plural")} for {value})."),
        };
        return new RateExpression($"rate({body})", unit * value);
    }
}
