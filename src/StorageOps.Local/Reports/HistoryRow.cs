using StorageOps.StatesLanguage.History;

namespace StorageOps.Local.Reports;

/// <summary>
/// One line of the report's event table: a history event with its virtual time, the time since the execution started,
/// the state it belongs to, how long the step it ends took (a state's exit: since it was entered; a task's result:
/// since it was scheduled), and the error and cause it reports.
/// </summary>
public sealed record HistoryRow(
    long Id,
    DateTimeOffset Timestamp,
    TimeSpan Elapsed,
    HistoryEventType Type,
    string? StateName,
    TimeSpan? Duration,
    string? Error,
    string? Cause);
