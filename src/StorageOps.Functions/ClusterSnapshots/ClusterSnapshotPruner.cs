using StorageOps.Aws.Rds;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Retention;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>
/// Retention for one Aurora/RDS cluster: lists its manual snapshots (every page), plans with <see cref="RetentionPlanner"/>
/// and deletes what the plan lets go, re-checking each one's ownership tag right before its delete (the code check behind
/// the IAM condition on <c>rds:DeleteDBClusterSnapshot</c>). Never touches a snapshot without our tag.
/// </summary>
public sealed class ClusterSnapshotPruner
{
    private readonly IRdsClient rds;
    private readonly TimeProvider time;

    public ClusterSnapshotPruner(IRdsClient rds, TimeProvider time)
    {
        this.rds = rds;
        this.time = time;
    }

    /// <summary>The target's last step: prunes with the night's policy, keeping <paramref name="snapshot"/>, and reports the target as succeeded.</summary>
    /// <param name="prunedBeforeCreate">What CreateClusterSnapshot pruned already; reported first, each id once.</param>
    public async Task<TargetResult> PruneTargetAsync(SnapshotTarget target, Night night, string snapshot, DateTimeOffset startedAt, IReadOnlyList<string> prunedBeforeCreate, CancellationToken cancellationToken)
    {
        var pruned = await PruneAsync(target.Cluster, night.Retention, snapshot, cancellationToken);
        var duration = Math.Max(0, (time.GetUtcNow() - startedAt).TotalSeconds);
        return new TargetResult(
            target.Cluster,
            SnapshotTargetKinds.Aurora,
            TargetOutcomes.Succeeded,
            snapshot,
            [.. prunedBeforeCreate.Concat(pruned).Distinct(StringComparer.OrdinalIgnoreCase)],
            duration,
            ClusterSnapshotStatuses.Available);
    }

    /// <param name="keep">A snapshot that is kept whatever the plan says (the night's own).</param>
    /// <returns>The snapshots deleted, in plan order; in a dry run the ones that would have been.</returns>
    public async Task<IReadOnlyList<string>> PruneAsync(string cluster, RetentionPolicy policy, string? keep, CancellationToken cancellationToken)
    {
        var snapshots = new List<RetainedSnapshot>();
        var request = new DescribeDBClusterSnapshotsRequest { DBClusterIdentifier = cluster, SnapshotType = "manual" };
        await foreach (var snapshot in rds.DescribeAllDBClusterSnapshotsAsync(request, cancellationToken))
        {
            if (snapshot.DBClusterSnapshotIdentifier is { } id)
            {
                snapshots.Add(Retained(id, snapshot));
            }
        }

        var doomed = RetentionPlanner.Plan(snapshots, policy).Delete
            .Where(snapshot => !string.Equals(snapshot.Id, keep, StringComparison.OrdinalIgnoreCase))
            .Select(snapshot => snapshot.Id)
            .ToList();
        if (policy.DryRun)
        {
            return doomed;
        }

        var deleted = new List<string>();
        foreach (var id in doomed)
        {
            if (await DeleteIfStillOursAsync(id, cancellationToken))
            {
                deleted.Add(id);
            }
        }

        return deleted;
    }

    private static RetainedSnapshot Retained(string id, DBClusterSnapshot snapshot)
    {
        var createdAt = snapshot.SnapshotCreateTime ?? DateTimeOffset.MinValue;
        var night = ClusterSnapshotTags.NightOf(snapshot.TagList)
            ?? NightlySnapshotName.NightOf(id)
            ?? DateOnly.FromDateTime(createdAt.UtcDateTime);
        return new RetainedSnapshot(id, night, createdAt, ClusterSnapshotTags.IsOwned(snapshot.TagList), !ClusterSnapshotStatuses.IsPending(snapshot.Status));
    }

    /// <returns>True when this call deleted it; false when it is gone already, no longer carries our tag, or cannot be deleted in its state.</returns>
    private async Task<bool> DeleteIfStillOursAsync(string id, CancellationToken cancellationToken)
    {
        DBClusterSnapshot? current;
        try
        {
            var described = await rds.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = id }, cancellationToken);
            current = described.DBClusterSnapshots.FirstOrDefault();
        }
        catch (DBClusterSnapshotNotFoundException)
        {
            return false;
        }

        if (current is null || !ClusterSnapshotTags.IsOwned(current.TagList) || ClusterSnapshotStatuses.IsPending(current.Status))
        {
            return false;
        }

        try
        {
            await rds.DeleteDBClusterSnapshotAsync(new DeleteDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = id }, cancellationToken);
            return true;
        }
        catch (DBClusterSnapshotNotFoundException)
        {
            return false;
        }
        catch (InvalidDBClusterSnapshotStateException)
        {
            // Deleting already, or busy: the next night's retention sees it again.
            return false;
        }
    }
}
