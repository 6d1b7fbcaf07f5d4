namespace StorageOps.StatesLanguage.History;

/// <summary>One event of an execution's history, as GetExecutionHistory reports it; <see cref="Timestamp"/> is virtual time.</summary>
public sealed record HistoryEvent(long Id, long PreviousEventId, DateTimeOffset Timestamp, HistoryEventType Type, HistoryEventDetails? Details)
{
    /// <summary>The state name for StateEntered/StateExited events, else null.</summary>
    public string? StateName => Details switch
    {
        StateEnteredEventDetails entered => entered.Name,
        StateExitedEventDetails exited => exited.Name,
        _ => null,
    };
}
