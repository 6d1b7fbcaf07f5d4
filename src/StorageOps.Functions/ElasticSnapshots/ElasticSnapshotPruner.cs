using System.Globalization;
using StorageOps.Aws.DocDbElastic;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Retention;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>
/// Applies the night's retention policy to one DocumentDB Elastic cluster's manual snapshots. Only snapshots carrying our
/// ownership tag are counted or deleted, each re-checked right before its delete; one still being made is never deleted.
/// </summary>
public sealed class ElasticSnapshotPruner
{
    private const string ManualSnapshots = "manual";
    private const string NightTagFormat = "yyyy-MM-dd";

    private readonly IDocDbElasticClient client;
    private readonly TimeProvider time;

    public ElasticSnapshotPruner(IDocDbElasticClient client, TimeProvider time)
    {
        this.client = client;
        this.time = time;
    }

    /// <param name="startedAt">When the target's work started; the result's duration runs from it.</param>
    public async Task<TargetResult> PruneAsync(ElasticSnapshotJob job, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var retained = new List<RetainedSnapshot>();
        await foreach (var snapshot in client.ListAllClusterSnapshotsAsync(
            new ListClusterSnapshotsRequest { ClusterArn = job.Target.Arn, SnapshotType = ManualSnapshots },
            cancellationToken))
        {
            if (snapshot.SnapshotArn is not { } arn || snapshot.Status == ElasticSnapshotStatuses.Deleting || (snapshot.ClusterArn is { } cluster && cluster != job.Target.Arn))
            {
                continue;
            }

            var name = snapshot.SnapshotName ?? arn;
            if (await RetainedAsync(job, arn, name, snapshot, cancellationToken) is { } candidate)
            {
                names[arn] = name;
                retained.Add(candidate);
            }
        }

        var plan = RetentionPlanner.Plan(retained, job.Night.Retention);
        var pruned = new List<string>();
        foreach (var doomed in plan.Delete)
        {
            if (job.Night.Retention.DryRun)
            {
                pruned.Add(names[doomed.Id]);
            }
            else if (await DeleteIfStillOursAsync(doomed.Id, cancellationToken))
            {
                pruned.Add(names[doomed.Id]);
            }
        }

        var duration = Math.Max(0, (time.GetUtcNow() - startedAt).TotalSeconds);
        return new TargetResult(
            job.Target.Cluster,
            SnapshotTargetKinds.DocDbElastic,
            TargetOutcomes.Succeeded,
            job.SnapshotName,
            pruned,
            Math.Round(duration, 3));
    }

    /// <summary>How retention sees one manual snapshot; null when it vanished while being looked at.</summary>
    private async Task<RetainedSnapshot?> RetainedAsync(ElasticSnapshotJob job, string arn, string name, ClusterSnapshotInList snapshot, CancellationToken cancellationToken)
    {
        var createdAt = snapshot.SnapshotCreationTime ?? DateTimeOffset.MinValue;
        var settled = !ElasticSnapshotStatuses.IsInProgress(snapshot.Status);
        // Tonight's copy of this cluster was made (or, already there, proven ours by its tags) by the copy step just before:
        // it counts as ours without another tag read (one call fewer per target; it is the newest, so never a deletion
        // candidate, and a deletion re-reads the tags anyway).
        if (string.Equals(name, job.SnapshotName, StringComparison.OrdinalIgnoreCase))
        {
            return new RetainedSnapshot(arn, job.Date, createdAt, Owned: true, settled);
        }

        // Only a name we make can be ours: the others are never owned, so their tags are not fetched (one call fewer each).
        if (NightlySnapshotName.NightOf(name) is not { } nameNight)
        {
            return new RetainedSnapshot(arn, DateOnly.FromDateTime(createdAt.UtcDateTime), createdAt, Owned: false, settled);
        }

        var tags = await TagsOrNullAsync(arn, cancellationToken);
        if (tags is null)
        {
            return null;
        }

        var night = tags.TryGetValue(OwnershipTags.Night, out var tagged)
            && DateOnly.TryParseExact(tagged, NightTagFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var taggedNight)
                ? taggedNight
                : nameNight;
        return new RetainedSnapshot(arn, night, createdAt, ElasticSnapshotOwnership.IsOurs(tags), settled);
    }

    /// <summary>The code check behind the IAM condition: the ownership tag is read again right before the delete.</summary>
    /// <returns>True when this call deleted it; false when it is gone or no longer ours.</returns>
    private async Task<bool> DeleteIfStillOursAsync(string arn, CancellationToken cancellationToken)
    {
        if (await TagsOrNullAsync(arn, cancellationToken) is not { } tags || !ElasticSnapshotOwnership.IsOurs(tags))
        {
            return false;
        }

        try
        {
            await client.DeleteClusterSnapshotAsync(new DeleteClusterSnapshotRequest { SnapshotArn = arn }, cancellationToken);
            return true;
        }
        catch (ResourceNotFoundException)
        {
            return false;
        }
    }

    private async Task<IReadOnlyDictionary<string, string>?> TagsOrNullAsync(string arn, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = arn }, cancellationToken)).Tags;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }
}
