using System.Globalization;
using StorageOps.Aws.Rds;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Polling;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>
/// Creates the night's snapshot of one Aurora/RDS cluster under its deterministic identifier, with the cluster's tags and
/// ours, and reports its progress. A retried or re-run night finds its own snapshot (already-exists is success when the
/// snapshot carries our tag); a cluster that refuses is asked again later inside the night's window; a full manual
/// snapshot quota is met by pruning the cluster's own old snapshots first and retrying once.
/// </summary>
public sealed class ClusterSnapshotter
{
    /// <summary>The default manual DB cluster snapshot quota of an account and region.</summary>
    public const int DefaultSnapshotQuota = 100;

    private readonly IRdsClient rds;
    private readonly ClusterSnapshotPruner pruner;
    private readonly TimeProvider time;
    private readonly PollingSchedule creationPolling;
    private readonly PollingSchedule availabilityPolling;
    private readonly int snapshotQuota;

    public ClusterSnapshotter(IRdsClient rds, TimeProvider time, PollingSchedules? polling = null, int snapshotQuota = DefaultSnapshotQuota)
    {
        this.rds = rds;
        this.time = time;
        pruner = new ClusterSnapshotPruner(rds, time);
        creationPolling = (polling ?? PollingSchedules.Default).For(PolledOperation.ClusterSnapshotCreation);
        availabilityPolling = (polling ?? PollingSchedules.Default).For(PolledOperation.ClusterAvailability);
        this.snapshotQuota = snapshotQuota;
    }

    /// <exception cref="RefusedOperationException">
    /// <c>StorageOps.NotOwned</c> (the identifier is taken by a snapshot without our tag), <c>StorageOps.ClusterNotAvailable</c>
    /// (still refused at the deadline), <c>StorageOps.SnapshotQuotaExceeded</c> (still full after pruning),
    /// <c>StorageOps.DeadlineExceeded</c>, <c>StorageOps.SnapshotFailed</c>.
    /// </exception>
    public async Task<ClusterSnapshotStatus> CreateAsync(SnapshotTarget target, Night night, DateOnly date, CancellationToken cancellationToken)
    {
        var identifier = NightlySnapshotName.For(target.Cluster, date);
        var cluster = await DescribeClusterAsync(target.Cluster, cancellationToken);
        var now = time.GetUtcNow();
        if (now >= night.Deadline)
        {
            throw cluster.Status == ClusterSnapshotStatuses.Available
                ? new RefusedOperationException(ErrorNames.DeadlineExceeded, $"The night's window closed at {night.Deadline:O} before the snapshot {identifier} of {target.Cluster} was created.")
                : ClusterNotAvailable(target.Cluster, cluster.Status, night);
        }

        var request = new CreateDBClusterSnapshotRequest
        {
            DBClusterSnapshotIdentifier = identifier,
            DBClusterIdentifier = target.Cluster,
            Tags = ClusterSnapshotTags.ForSnapshot(cluster.TagList, night.Date),
        };
        IReadOnlyList<string> prunedBeforeCreate = [];
        while (true)
        {
            try
            {
                var created = await rds.CreateDBClusterSnapshotAsync(request, cancellationToken)
                    ?? new DBClusterSnapshot { DBClusterSnapshotIdentifier = identifier, Status = ClusterSnapshotStatuses.Creating, SnapshotCreateTime = now };
                return StatusOf(identifier, created, night, created: true, prunedBeforeCreate);
            }
            catch (DBClusterSnapshotAlreadyExistsException)
            {
                var existing = await DescribeSnapshotAsync(identifier, cancellationToken)
                    ?? throw new RefusedOperationException(ErrorNames.SnapshotFailed, $"RDS says the snapshot {identifier} exists but does not describe it.");
                RequireOwned(existing, identifier);
                return StatusOf(identifier, existing, night, created: false, prunedBeforeCreate);
            }
            catch (InvalidDBClusterStateException refused)
            {
                var wait = availabilityPolling.SecondsUntilNextPoll(night.ScheduledTime, time.GetUtcNow(), night.Deadline);
                if (wait <= 0)
                {
                    throw ClusterNotAvailable(target.Cluster, cluster.Status, night, refused.Message);
                }

                return new ClusterSnapshotStatus(identifier, ClusterSnapshotStatuses.ClusterNotAvailable, null, Ready: false, wait, Created: false, prunedBeforeCreate);
            }
            catch (SnapshotQuotaExceededException full) when (prunedBeforeCreate.Count == 0)
            {
                prunedBeforeCreate = await pruner.PruneAsync(target.Cluster, night.Retention, keep: null, cancellationToken);
                if (prunedBeforeCreate.Count == 0 || night.Retention.DryRun)
                {
                    throw await QuotaExceededAsync(target.Cluster, prunedBeforeCreate, night.Retention.DryRun, full, cancellationToken);
                }
            }
            catch (SnapshotQuotaExceededException full)
            {
                throw await QuotaExceededAsync(target.Cluster, prunedBeforeCreate, dryRun: false, full, cancellationToken);
            }
        }
    }

    /// <exception cref="RefusedOperationException"><c>StorageOps.SnapshotFailed</c>, <c>StorageOps.DeadlineExceeded</c>, <c>StorageOps.NotOwned</c>.</exception>
    public async Task<ClusterSnapshotStatus> DescribeAsync(string snapshot, Night night, CancellationToken cancellationToken)
    {
        var described = await DescribeSnapshotAsync(snapshot, cancellationToken)
            ?? throw new RefusedOperationException(ErrorNames.SnapshotFailed, $"The snapshot {snapshot} no longer exists (status: gone).");
        RequireOwned(described, snapshot);
        return StatusOf(snapshot, described, night, created: false, []);
    }

    private ClusterSnapshotStatus StatusOf(string identifier, DBClusterSnapshot snapshot, Night night, bool created, IReadOnlyList<string> prunedBeforeCreate)
    {
        var status = snapshot.Status ?? ClusterSnapshotStatuses.Creating;
        if (status == ClusterSnapshotStatuses.Available)
        {
            return new ClusterSnapshotStatus(identifier, status, snapshot.PercentProgress ?? 100, Ready: true, 0, created, prunedBeforeCreate);
        }

        if (!ClusterSnapshotStatuses.IsPending(status))
        {
            throw new RefusedOperationException(ErrorNames.SnapshotFailed, $"The snapshot {identifier} of {snapshot.DBClusterIdentifier} ended in status '{status}'.");
        }

        var now = time.GetUtcNow();
        var wait = creationPolling.SecondsUntilNextPoll(snapshot.SnapshotCreateTime is { } started && started <= now ? started : now, now, night.Deadline);
        if (wait <= 0)
        {
            throw new RefusedOperationException(
                ErrorNames.DeadlineExceeded,
                string.Create(CultureInfo.InvariantCulture, $"The snapshot {identifier} is still '{status}' ({snapshot.PercentProgress ?? 0} %) at the night's deadline {night.Deadline:O}."));
        }

        return new ClusterSnapshotStatus(identifier, status, snapshot.PercentProgress, Ready: false, wait, created, prunedBeforeCreate);
    }

    private async Task<DBCluster> DescribeClusterAsync(string cluster, CancellationToken cancellationToken)
    {
        var described = await rds.DescribeDBClustersAsync(new DescribeDBClustersRequest { DBClusterIdentifier = cluster }, cancellationToken);
        return described.DBClusters.FirstOrDefault()
            ?? throw new RefusedOperationException(ErrorNames.ClusterNotAvailable, $"RDS does not describe the DB cluster {cluster}.");
    }

    private async Task<DBClusterSnapshot?> DescribeSnapshotAsync(string identifier, CancellationToken cancellationToken)
    {
        try
        {
            var described = await rds.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = identifier }, cancellationToken);
            return described.DBClusterSnapshots.FirstOrDefault();
        }
        catch (DBClusterSnapshotNotFoundException)
        {
            return null;
        }
    }

    private static void RequireOwned(DBClusterSnapshot snapshot, string identifier)
    {
        if (!ClusterSnapshotTags.IsOwned(snapshot.TagList))
        {
            throw new NotOwnedException(
                $"The snapshot {identifier} of {snapshot.DBClusterIdentifier} exists but does not carry the tag {OwnershipTags.ManagedBy}={OwnershipTags.ManagedByValue}: StorageOps did not make it and will not use it.");
        }
    }

    private static RefusedOperationException ClusterNotAvailable(string cluster, string? status, Night night, string? detail = null) =>
        new(ErrorNames.ClusterNotAvailable, $"The DB cluster {cluster} is '{status}', not available, at the night's deadline {night.Deadline:O}; no snapshot was taken.{(detail is null ? "" : $" (RDS: {detail})")}");

    private async Task<RefusedOperationException> QuotaExceededAsync(string cluster, IReadOnlyList<string> pruned, bool dryRun, SnapshotQuotaExceededException full, CancellationToken cancellationToken)
    {
        var used = 0;
        await foreach (var _ in rds.DescribeAllDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { SnapshotType = "manual" }, cancellationToken))
        {
            used++;
        }

        var freed = dryRun
            ? $"retention is a dry run, so none of the {pruned.Count} it would prune were deleted"
            : pruned.Count == 0 ? "retention had nothing of ours to prune" : $"pruning {pruned.Count} of its own snapshots first did not make room";
        return new RefusedOperationException(
            ErrorNames.SnapshotQuotaExceeded,
            string.Create(CultureInfo.InvariantCulture, $"The manual DB cluster snapshot quota is reached: {used} of {snapshotQuota} used; no snapshot of {cluster} was taken ({freed}). RDS: {full.Message}"));
    }
}
