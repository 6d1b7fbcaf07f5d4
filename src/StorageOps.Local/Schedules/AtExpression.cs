using System.Globalization;

namespace StorageOps.Local.Schedules;

/// <summary><c>at(2026-12-01T03:00:00)</c>: a one-time schedule, at that local time of the schedule's time zone.</summary>
public sealed class AtExpression : ScheduleExpression
{
    private AtExpression(string text, DateTime local)
    {
        Text = text;
        Local = local;
    }

    public override string Text { get; }

    public DateTime Local { get; }

    public override DateTimeOffset? NextAtOrAfter(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var fires = new DateTimeOffset(Local, zone.GetUtcOffset(Local));
        return fires >= instant ? fires : null;
    }

    internal static new AtExpression Parse(string body) =>
        DateTime.TryParseExact(body, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new AtExpression($"at({body})", DateTime.SpecifyKind(local, DateTimeKind.Unspecified))
            : throw new FormatException($"at({body}): expected yyyy-mm-ddThh:mm:ss.");
}
