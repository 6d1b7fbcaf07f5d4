using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Kms;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Rds;

namespace StorageOps.Simulator;

/// <summary>How an <see cref="AwsSimulator"/> behaves: its clock, its caller identity and how fast resources settle.</summary>
public sealed record SimulatorOptions
{
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public string AccountId { get; init; } = "123456789012";

    /// <summary>Used when a request carries no SigV4 credential scope.</summary>
    public string DefaultRegion { get; init; } = "us-east-1";

    /// <summary>When a new EFS file system moves from <c>creating</c> to <c>available</c>.</summary>
    // Never instant by default, so polling loops written against the simulator really loop.
    public LifecycleTransition FileSystemCreation { get; init; } = LifecycleTransition.AfterSeconds(30);

    /// <summary>
    /// When an EFS file system whose throughput changed moves from <c>updating</c> back to <c>available</c>; at once by
    /// default (its next look), so only the UpdateFileSystem response itself says <c>updating</c>.
    /// </summary>
    public LifecycleTransition FileSystemUpdate { get; init; } = LifecycleTransition.AfterSeconds(0);

    /// <summary>When a deleted EFS file system moves from <c>deleting</c> to gone.</summary>
    public LifecycleTransition FileSystemDeletion { get; init; } = LifecycleTransition.AfterSeconds(10);

    /// <summary>When a new EFS mount target moves from <c>creating</c> to <c>available</c>.</summary>
    public LifecycleTransition MountTargetCreation { get; init; } = LifecycleTransition.AfterSeconds(60);

    /// <summary>When a deleted EFS mount target moves from <c>deleting</c> to gone.</summary>
    public LifecycleTransition MountTargetDeletion { get; init; } = LifecycleTransition.AfterSeconds(30);

    /// <summary>When a new EFS replication configuration moves from <c>ENABLING</c> to <c>ENABLED</c>.</summary>
    public LifecycleTransition ReplicationEnabling { get; init; } = LifecycleTransition.AfterSeconds(120);

    /// <summary>When a deleted EFS replication configuration moves from <c>DELETING</c> to gone.</summary>
    public LifecycleTransition ReplicationDeletion { get; init; } = LifecycleTransition.AfterSeconds(30);

    /// <summary>The VPCs, subnets and security groups that exist before any request; by default a default VPC in every region.</summary>
    public FleetSeed Fleet { get; init; } = FleetSeed.Default;

    /// <summary>When a new RDS DB cluster snapshot (created or copied) moves from <c>creating</c> to <c>available</c>.</summary>
    public LifecycleTransition DBClusterSnapshotCreation { get; init; } = LifecycleTransition.AfterSeconds(120);

    /// <summary>The RDS default quota of manual DB cluster snapshots per region.</summary>
    public const int DefaultManualClusterSnapshotQuota = 100;

    /// <summary>
    /// How many manual RDS DB cluster snapshots a region may hold (every manual snapshot counts: created, copied, still creating,
    /// ours or not); one more is <c>SnapshotQuotaExceeded</c>. 100 by default, as the RDS quota.
    /// </summary>
    public int ManualClusterSnapshotQuota { get; init; } = DefaultManualClusterSnapshotQuota;

    /// <summary>When an RDS DB cluster created through CreateDBCluster moves from <c>creating</c> to <c>available</c>.</summary>
    public LifecycleTransition DBClusterCreation { get; init; } = LifecycleTransition.AfterSeconds(300);

    /// <summary>The Aurora clusters (and their automated snapshots) every account and region starts with.</summary>
    public RdsFleetSeed RdsFleet { get; init; } = RdsFleetSeed.Default;

    /// <summary>When a DocumentDB Elastic snapshot made by CopyClusterSnapshot moves from <c>CREATING</c> to <c>ACTIVE</c>.</summary>
    public LifecycleTransition ElasticClusterSnapshotCopy { get; init; } = LifecycleTransition.AfterSeconds(90);

    /// <summary>The DocumentDB Elastic clusters (and their automated snapshots) every account and region starts with.</summary>
    public DocDbElasticFleetSeed DocDbElasticFleet { get; init; } = DocDbElasticFleetSeed.Default;

    /// <summary>The customer managed KMS keys every account and region has, besides the AWS managed ones; by default <c>alias/storageops</c>.</summary>
    public IReadOnlyList<KmsKeySeed> KmsKeys { get; init; } = KmsKeySeed.Defaults;

    /// <summary>Throttling, server errors and latency injected per operation and resource; none by default.</summary>
    public FaultSettings Faults { get; init; } = FaultSettings.None;

    /// <summary>How many of the most recent requests <see cref="AwsSimulator.RequestLog"/> keeps (a benchmark that counts every call of a long run raises it).</summary>
    public int RequestLogCapacity { get; init; } = Hosting.SimulatorRequestLog.DefaultCapacity;
}
