using System.Text.Json.Serialization;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>The night's snapshot of one Aurora/RDS cluster as the polling loop needs it: what CreateClusterSnapshot and DescribeClusterSnapshot return.</summary>
/// <param name="Snapshot">The night's deterministic DBClusterSnapshotIdentifier.</param>
/// <param name="Status">A <see cref="ClusterSnapshotStatuses"/> value: the snapshot's RDS status, or <c>cluster-not-available</c> when the cluster refused the snapshot for now.</param>
/// <param name="PercentProgress">RDS's PercentProgress of the snapshot, once it exists (written as null, never left out, so the state machine's paths resolve).</param>
/// <param name="Ready">The snapshot is <c>available</c>.</param>
/// <param name="SecondsUntilNextPoll">How long to wait before the next Describe (or, for <c>cluster-not-available</c>, the next Create); at least 1 unless ready, never past the night's deadline.</param>
/// <param name="Created">This call created the snapshot (false when the night's snapshot already existed, or none could be created yet).</param>
/// <param name="PrunedBeforeCreate">The owned snapshots retention deleted first to make room under the manual snapshot quota (or would have, in a dry run).</param>
public sealed record ClusterSnapshotStatus(
    string Snapshot,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? PercentProgress,
    bool Ready,
    int SecondsUntilNextPoll,
    bool Created,
    IReadOnlyList<string> PrunedBeforeCreate);
