using System.Globalization;
using System.Text.RegularExpressions;

namespace StorageOps.Local.Schedules;

/// <summary>
/// An EventBridge Scheduler schedule expression: <c>cron(minutes hours day-of-month month day-of-week year)</c>,
/// <c>rate(value unit)</c> or <c>at(yyyy-mm-ddThh:mm:ss)</c>, evaluated in the schedule's time zone.
/// </summary>
public abstract partial class ScheduleExpression
{
    public abstract string Text { get; }

    /// <summary>The first time the schedule fires at or after <paramref name="instant"/>, or null when it never does again.</summary>
    public abstract DateTimeOffset? NextAtOrAfter(DateTimeOffset instant, TimeZoneInfo zone);

    /// <exception cref="FormatException">The text is not a schedule expression EventBridge Scheduler accepts; the message says why.</exception>
    public static ScheduleExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not cron(...), rate(...) or at(...).");
        }

        var body = match.Groups["body"].Value.Trim();
        return match.Groups["kind"].Value switch
        {
            "cron" => CronExpression.Parse(body),
            "rate" => RateExpression.Parse(body),
            _ => AtExpression.Parse(body),
        };
    }

    public override string ToString() => Text;

    /// <summary>The schedule's IANA (or Windows) time zone; Scheduler's default is UTC.</summary>
    /// <exception cref="FormatException">No such time zone.</exception>
    public static TimeZoneInfo TimeZone(string? name)
    {
        if (string.IsNullOrEmpty(name) || name == "UTC")
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new FormatException($"'{name}' is not a time zone (expected an IANA name such as Europe/Berlin).", error);
        }
    }

    internal static int Number(string text, string field) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{field}: '{text}' is not a whole number.");

    [GeneratedRegex(@"^(?<kind>cron|rate|at)\((?<body>[^()]*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
