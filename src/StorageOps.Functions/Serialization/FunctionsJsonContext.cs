using System.Text.Json.Serialization;
using StorageOps.Functions.ClusterSnapshots;
using StorageOps.Functions.ElasticSnapshots;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.MountTargets;
using StorageOps.Functions.Networking;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Outcomes;
using StorageOps.Functions.Replication;
using StorageOps.Functions.Requests;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.Serialization;

/// <summary>Source-generated JSON metadata for every event, result and error document the handlers exchange.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ProvisionFileSystemRequest))]
[JsonSerializable(typeof(ReplicateFileSystemRequest))]
[JsonSerializable(typeof(UpdateFileSystemRequest))]
[JsonSerializable(typeof(TeardownFileSystemRequest))]
[JsonSerializable(typeof(CreatedFileSystem))]
[JsonSerializable(typeof(DescribeFileSystemInput))]
[JsonSerializable(typeof(FileSystemStatus))]
[JsonSerializable(typeof(ValidateMountTargetPlacementInput))]
[JsonSerializable(typeof(MountTargetPlacement))]
[JsonSerializable(typeof(DeleteFileSystemInput))]
[JsonSerializable(typeof(FileSystemDeletion))]
[JsonSerializable(typeof(DescribeFileSystemDeletionInput))]
[JsonSerializable(typeof(FileSystemDeletionStatus))]
[JsonSerializable(typeof(CreateMountTargetInput))]
[JsonSerializable(typeof(CreatedMountTarget))]
[JsonSerializable(typeof(DescribeMountTargetsInput))]
[JsonSerializable(typeof(MountTargetsStatus))]
[JsonSerializable(typeof(DeleteMountTargetsInput))]
[JsonSerializable(typeof(MountTargetDeletion))]
[JsonSerializable(typeof(LambdaErrorDocument))]
[JsonSerializable(typeof(CreatedReplication))]
[JsonSerializable(typeof(ReplicationStatus))]
[JsonSerializable(typeof(DescribeReplicationInput))]
[JsonSerializable(typeof(DeleteReplicationInput))]
[JsonSerializable(typeof(DescribeReplicationDeletionInput))]
[JsonSerializable(typeof(ReplicationDeletion))]
[JsonSerializable(typeof(FileSystemUpdatePlan))]
[JsonSerializable(typeof(UpdateFileSystemThroughputInput))]
[JsonSerializable(typeof(FileSystemThroughputUpdate))]
[JsonSerializable(typeof(UpdateFileSystemTagsInput))]
[JsonSerializable(typeof(FileSystemTagsUpdate))]
[JsonSerializable(typeof(UpdateFileSystemProtectionInput))]
[JsonSerializable(typeof(FileSystemProtectionUpdate))]
[JsonSerializable(typeof(ModifyMountTargetSecurityGroupsInput))]
[JsonSerializable(typeof(MountTargetSecurityGroupsUpdate))]
[JsonSerializable(typeof(CheckReplicationHealthInput))]
[JsonSerializable(typeof(ReplicationHealthReport))]
[JsonSerializable(typeof(ReplicationDestinationHealth))]
[JsonSerializable(typeof(CreateClusterSnapshotInput))]
[JsonSerializable(typeof(DescribeClusterSnapshotInput))]
[JsonSerializable(typeof(PruneClusterSnapshotsInput))]
[JsonSerializable(typeof(ClusterSnapshotStatus))]
[JsonSerializable(typeof(CopyElasticSnapshotInput))]
[JsonSerializable(typeof(DescribeElasticSnapshotInput))]
[JsonSerializable(typeof(PruneElasticSnapshotsInput))]
[JsonSerializable(typeof(ElasticSnapshotStatus))]
[JsonSerializable(typeof(TargetResult))]
[JsonSerializable(typeof(StartNightlySnapshotsInput))]
[JsonSerializable(typeof(StartedNight))]
[JsonSerializable(typeof(DiscoverSnapshotTargetsInput))]
[JsonSerializable(typeof(DiscoveredTargets))]
[JsonSerializable(typeof(RecordNightResultsInput))]
[JsonSerializable(typeof(NightSummary))]
[JsonSerializable(typeof(PlanNightPagesInput))]
[JsonSerializable(typeof(NightPagePlan))]
[JsonSerializable(typeof(NightPage))]
[JsonSerializable(typeof(MergeNightSummariesInput))]
[JsonSerializable(typeof(RecordWorkflowOutcomeInput))]
[JsonSerializable(typeof(RecordedWorkflowOutcome))]
public sealed partial class FunctionsJsonContext : JsonSerializerContext;
