using System.Text.Json.Serialization;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>The night's DocumentDB Elastic copy as the polling loop needs it.</summary>
/// <remarks>The members that may be unknown are written as null rather than left out, so a state machine's paths always resolve.</remarks>
/// <param name="Snapshot">The copy's name (<c>storageops-{cluster}-{yyyyMMdd}</c>).</param>
/// <param name="SnapshotArn">The copy's ARN, what DescribeElasticSnapshot polls.</param>
/// <param name="SourceSnapshotArn">The automated snapshot copied; null when only the copy was described.</param>
/// <param name="Status">DocumentDB Elastic's status of the copy: <c>CREATING</c>, <c>COPYING</c> or <c>ACTIVE</c> (any other is raised as <c>StorageOps.SnapshotFailed</c>).</param>
/// <param name="Ready">The copy is <c>ACTIVE</c>.</param>
/// <param name="SecondsUntilNextPoll">How long to wait before describing again (at least 1 while not ready, never past the night's deadline); 0 once ready.</param>
/// <param name="Created">This call started the copy; false when the copy of the night already existed (a retry or a re-run).</param>
public sealed record ElasticSnapshotStatus(
    string Snapshot,
    string SnapshotArn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? SourceSnapshotArn,
    string Status,
    bool Ready,
    int SecondsUntilNextPoll,
    bool Created);
