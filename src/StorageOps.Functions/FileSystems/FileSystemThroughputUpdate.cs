using System.Text.Json.Serialization;

namespace StorageOps.Functions.FileSystems;

/// <summary>Result of the UpdateFileSystemThroughput handler.</summary>
/// <remarks>The throughput members are written also when null, so a state machine's paths always resolve.</remarks>
/// <param name="Changed">False when the file system already had this throughput, so nothing was sent to EFS.</param>
/// <param name="LifeCycleState">The state right after the call; <c>updating</c> until EFS has applied the change.</param>
/// <param name="Ready">The file system is <c>available</c> again.</param>
/// <param name="WaitSeconds">How long to wait before the first describe, when it is not ready.</param>
/// <param name="RequestedAt">When the change was asked for: the update's polling counts from here.</param>
public sealed record FileSystemThroughputUpdate(
    string FileSystemId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ThroughputMode,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ProvisionedThroughputInMibps,
    bool Changed,
    string LifeCycleState,
    bool Ready,
    int WaitSeconds,
    DateTimeOffset RequestedAt);
