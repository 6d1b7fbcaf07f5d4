namespace StorageOps.Simulator.EventBridge;

/// <summary>The outcome of one entry: its <see cref="EventId"/> when accepted, otherwise its error code and message.</summary>
public sealed record PutEventsResultEntry(string? EventId, string? ErrorCode, string? ErrorMessage)
{
    public bool Succeeded => EventId is not null;
}
