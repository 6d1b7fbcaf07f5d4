using System.Text.Json;

namespace StorageOps.Aws.StepFunctions;

/// <summary>
/// One GetExecutionHistory event: its common members typed, and the whole event as the service sent it in
/// <see cref="Document"/>, since each of the ~60 event types carries its own details member.
/// </summary>
public sealed record ExecutionHistoryEvent
{
    public long? Id { get; init; }

    public long? PreviousEventId { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? Type { get; init; }

    public JsonElement Document { get; init; }
}
