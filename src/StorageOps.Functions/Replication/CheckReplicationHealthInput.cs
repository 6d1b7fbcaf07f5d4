using System.Globalization;
using System.Text.RegularExpressions;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Replication;

/// <summary>Input of the CheckReplicationHealth handler: the EventBridge Scheduler schedule's Input.</summary>
public sealed partial record CheckReplicationHealthInput
{
    /// <summary>The schedule's <c>&lt;aws.scheduler.scheduled-time&gt;</c>, an RFC 3339 date-time with an offset.</summary>
    public string? ScheduledTime { get; init; }

    /// <exception cref="InvalidInputException">The scheduled time is missing or not an RFC 3339 date-time.</exception>
    public DateTimeOffset RequireScheduledTime()
    {
        if (ScheduledTime is not { } text)
        {
            throw new InvalidInputException(["scheduledTime is required (the schedule's Input: {\"scheduledTime\": \"<aws.scheduler.scheduled-time>\"})."]);
        }

        if (!Rfc3339().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var scheduledTime))
        {
            throw new InvalidInputException([$"scheduledTime '{text}' is not an RFC 3339 date-time such as 2026-12-01T03:00:00Z."]);
        }

        return scheduledTime;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
