using System.Text.Json.Serialization;

namespace StorageOps.Functions.Replication;

/// <summary>The replication destination as a polling loop needs it.</summary>
/// <remarks>The members that may be unknown are written as null rather than left out, so a state machine's paths always resolve.</remarks>
/// <param name="Status">EFS's destination status: <c>ENABLING</c>, <c>ENABLED</c>, <c>PAUSING</c> or <c>PAUSED</c> (<c>ERROR</c> and <c>DELETING</c> are raised as <c>StorageOps.ReplicationFailed</c>: neither becomes <c>ENABLED</c>).</param>
/// <param name="StatusMessage">Why EFS paused the destination, when it says.</param>
/// <param name="Ready">The destination is <c>ENABLED</c>.</param>
/// <param name="Paused">The destination is <c>PAUSED</c> or <c>PAUSING</c>: it may resume, so polling goes on until the deadline.</param>
/// <param name="WaitSeconds">How long to wait before describing again, never past the deadline.</param>
/// <param name="CheckedAt">When it was described, on the caller's clock; state machines compare it with the deadline.</param>
public sealed record ReplicationStatus(
    string SourceFileSystemId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? DestinationRegion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? DestinationFileSystemId,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? StatusMessage,
    bool Ready,
    bool Paused,
    int WaitSeconds,
    DateTimeOffset CheckedAt);
