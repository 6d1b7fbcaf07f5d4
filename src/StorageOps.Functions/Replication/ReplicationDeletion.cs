using System.Text.Json.Serialization;

namespace StorageOps.Functions.Replication;

/// <summary>Result of DeleteReplication and DescribeReplicationDeletion: whether the configuration is gone, and when to look again.</summary>
/// <param name="DeletionStarted">True when this call asked EFS to delete the configuration (false: there was none, or it was already deleting).</param>
/// <param name="Gone">The file system has no replication configuration any more.</param>
/// <param name="Status">The destination's status while it is not gone (<c>DELETING</c>); null once gone, and then written as null so a state machine's paths resolve.</param>
public sealed record ReplicationDeletion(
    string FileSystemId,
    bool DeletionStarted,
    bool Gone,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Status,
    int WaitSeconds,
    DateTimeOffset CheckedAt);
