using StorageOps.Aws.DocDbElastic;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Polling;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>
/// Protects a DocumentDB Elastic cluster for one night: copies its newest automated snapshot to the night's deterministic
/// name (so a retry or a re-run finds its own copy instead of making a second one) and reports the copy's status.
/// </summary>
public sealed class ElasticSnapshotCopier
{
    /// <summary>What DocumentDB Elastic reports as the kmsKeyId of a cluster encrypted with the AWS owned key, which a copy cannot re-key.</summary>
    public const string AwsOwnedKey = "AWS_OWNED_KMS_KEY";

    private const string AutomatedSnapshots = "automated";
    private const string ManualSnapshots = "manual";

    private readonly IDocDbElasticClient client;
    private readonly TimeProvider time;
    private readonly PollingSchedule copyPolling;

    public ElasticSnapshotCopier(IDocDbElasticClient client, TimeProvider time, PollingSchedules? polling = null)
    {
        this.client = client;
        this.time = time;
        copyPolling = (polling ?? PollingSchedules.Default).For(PolledOperation.ElasticSnapshotCopy);
    }

    /// <exception cref="RefusedOperationException">
    /// <c>StorageOps.DeadlineExceeded</c> past the night's deadline, <c>StorageOps.NoAutomatedSnapshot</c>,
    /// <c>StorageOps.KmsKeyNotAccessible</c>, or <c>StorageOps.SnapshotFailed</c> for a copy in a failed status.
    /// </exception>
    /// <exception cref="InvalidInputException">The night names a KMS key and the source snapshot is not encrypted with a customer managed key.</exception>
    /// <exception cref="NotOwnedException">A snapshot with the night's name exists and is not ours.</exception>
    public async Task<ElasticSnapshotStatus> CopyAsync(ElasticSnapshotJob job, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() >= job.Night.Deadline)
        {
            throw DeadlineExceeded(job, $"the night's deadline {job.Night.Deadline:O} has passed before the copy was started");
        }

        var source = await NewestAutomatedAsync(job, cancellationToken);
        var kmsKeyId = job.Night.ElasticCopyKmsKeyId;
        if (kmsKeyId is not null)
        {
            var described = (await client.GetClusterSnapshotAsync(new GetClusterSnapshotRequest { SnapshotArn = source.SnapshotArn! }, cancellationToken)).Snapshot;
            if (!IsCustomerKeyEncrypted(described?.KmsKeyId))
            {
                throw new InvalidInputException(
                    $"night.elasticCopyKmsKeyId: the newest automated snapshot of {job.Target.Cluster} ({source.SnapshotName}) is not encrypted with a customer managed KMS key "
                    + $"(kmsKeyId {described?.KmsKeyId ?? "none"}), and DocumentDB Elastic returns an error when a copy of such a snapshot names a KMS key. "
                    + "Leave STORAGEOPS_ELASTIC_COPY_KMS_KEY_ID empty to keep the source's encryption.");
            }
        }

        try
        {
            var response = await client.CopyClusterSnapshotAsync(
                new CopyClusterSnapshotRequest
                {
                    SnapshotArn = source.SnapshotArn!,
                    TargetSnapshotName = job.SnapshotName,
                    KmsKeyId = kmsKeyId,
                    CopyTags = true,
                    Tags = ElasticSnapshotOwnership.TagsFor(job),
                },
                cancellationToken);
            var copy = response.Snapshot ?? throw new InvalidOperationException($"CopyClusterSnapshot returned no snapshot for {job.SnapshotName}.");
            return StatusOf(job, copy, source.SnapshotArn, created: true);
        }
        catch (ConflictException conflict)
        {
            // The night's name is taken: by our own copy (a retried or re-run night: success), by someone else's snapshot
            // (never adopted), or the conflict is about something else (the source busy) and nothing carries the name.
            var existing = await FindByNameAsync(job, conflict.ResourceId, cancellationToken);
            if (existing is null)
            {
                throw;
            }

            var tags = (await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = existing.SnapshotArn! }, cancellationToken)).Tags;
            if (!ElasticSnapshotOwnership.IsOurs(tags) || existing.ClusterArn != job.Target.Arn)
            {
                throw new NotOwnedException(
                    $"A DocumentDB Elastic snapshot named {job.SnapshotName} ({existing.SnapshotArn}) already exists and was not made by StorageOps for {job.Target.Cluster}; "
                    + "it is left alone and tonight's copy of the cluster was not made. Rename or delete that snapshot to let the night protect the cluster.");
            }

            return StatusOf(job, existing, source.SnapshotArn, created: false);
        }
        catch (DocDbElasticServiceException refused) when (IsKmsProblem(refused))
        {
            throw new RefusedOperationException(
                ErrorNames.KmsKeyNotAccessible,
                $"DocumentDB Elastic could not use the KMS key {kmsKeyId ?? "of the source snapshot"} to copy {source.SnapshotName} of {job.Target.Cluster} "
                + $"to {job.SnapshotName}: {refused.ErrorCode}: {refused.Message}. Check that the key exists in this region, is enabled, and that its key policy "
                + "lets the snapshot function use it (kms:CreateGrant, kms:Decrypt, kms:GenerateDataKey*, kms:DescribeKey).");
        }
    }

    /// <exception cref="RefusedOperationException"><c>StorageOps.SnapshotFailed</c> or <c>StorageOps.DeadlineExceeded</c>.</exception>
    public async Task<ElasticSnapshotStatus> DescribeAsync(ElasticSnapshotJob job, string snapshotArn, CancellationToken cancellationToken)
    {
        ClusterSnapshot? snapshot;
        try
        {
            snapshot = (await client.GetClusterSnapshotAsync(new GetClusterSnapshotRequest { SnapshotArn = snapshotArn }, cancellationToken)).Snapshot;
        }
        catch (ResourceNotFoundException)
        {
            snapshot = null;
        }

        if (snapshot is null)
        {
            throw new RefusedOperationException(ErrorNames.SnapshotFailed, $"The DocumentDB Elastic copy {job.SnapshotName} ({snapshotArn}) of {job.Target.Cluster} no longer exists (status gone).");
        }

        if (!string.Equals(snapshot.SnapshotName, job.SnapshotName, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidInputException($"snapshotArn: {snapshotArn} is the snapshot {snapshot.SnapshotName}, not the night's copy {job.SnapshotName} of {job.Target.Cluster}.");
        }

        return StatusOf(job, snapshot, sourceSnapshotArn: null, created: false);
    }

    /// <summary>Not-customer-managed keys (none, or the AWS owned key) cannot be replaced by a copy's kmsKeyId.</summary>
    public static bool IsCustomerKeyEncrypted(string? kmsKeyId) => !string.IsNullOrEmpty(kmsKeyId) && kmsKeyId != AwsOwnedKey;

    private async Task<ClusterSnapshotInList> NewestAutomatedAsync(ElasticSnapshotJob job, CancellationToken cancellationToken)
    {
        var automated = new List<ClusterSnapshotInList>();
        await foreach (var snapshot in client.ListAllClusterSnapshotsAsync(
            new ListClusterSnapshotsRequest { ClusterArn = job.Target.Arn, SnapshotType = AutomatedSnapshots },
            cancellationToken))
        {
            if (snapshot.ClusterArn is null || snapshot.ClusterArn == job.Target.Arn)
            {
                automated.Add(snapshot);
            }
        }

        // An automated snapshot still being taken cannot be copied yet; the newest finished one is tonight's source.
        var newest = automated
            .Where(snapshot => snapshot.Status == ElasticSnapshotStatuses.Active && snapshot.SnapshotArn is not null)
            .MaxBy(snapshot => snapshot.SnapshotCreationTime ?? DateTimeOffset.MinValue);
        if (newest is null)
        {
            var seen = automated.Count == 0
                ? "it has none"
                : $"none of its {automated.Count} is ACTIVE ({string.Join(", ", automated.Select(snapshot => $"{snapshot.SnapshotName}: {snapshot.Status}"))})";
            throw new RefusedOperationException(
                ErrorNames.NoAutomatedSnapshot,
                $"DocumentDB Elastic cluster {job.Target.Cluster} has no automated snapshot to copy: {seen}. Check the cluster's backup retention period and preferred backup window.");
        }

        return newest;
    }

    private async Task<ClusterSnapshot?> FindByNameAsync(ElasticSnapshotJob job, string? conflictingResource, CancellationToken cancellationToken)
    {
        if (conflictingResource is not null && conflictingResource.Contains(":cluster-snapshot/", StringComparison.Ordinal))
        {
            try
            {
                var named = (await client.GetClusterSnapshotAsync(new GetClusterSnapshotRequest { SnapshotArn = conflictingResource }, cancellationToken)).Snapshot;
                if (named is not null && string.Equals(named.SnapshotName, job.SnapshotName, StringComparison.OrdinalIgnoreCase))
                {
                    return named;
                }
            }
            catch (ResourceNotFoundException)
            {
                // Gone since the conflict; look by name below.
            }
        }

        await foreach (var snapshot in client.ListAllClusterSnapshotsAsync(
            new ListClusterSnapshotsRequest { ClusterArn = job.Target.Arn, SnapshotType = ManualSnapshots },
            cancellationToken))
        {
            if (string.Equals(snapshot.SnapshotName, job.SnapshotName, StringComparison.OrdinalIgnoreCase) && snapshot.SnapshotArn is not null)
            {
                return new ClusterSnapshot
                {
                    SnapshotArn = snapshot.SnapshotArn,
                    SnapshotName = snapshot.SnapshotName,
                    ClusterArn = snapshot.ClusterArn,
                    Status = snapshot.Status,
                    SnapshotCreationTime = snapshot.SnapshotCreationTime,
                    SnapshotType = "MANUAL",
                };
            }
        }

        return null;
    }

    private ElasticSnapshotStatus StatusOf(ElasticSnapshotJob job, ClusterSnapshot snapshot, string? sourceSnapshotArn, bool created)
    {
        var status = snapshot.Status ?? ElasticSnapshotStatuses.Creating;
        var name = snapshot.SnapshotName ?? job.SnapshotName;
        var arn = snapshot.SnapshotArn ?? throw new InvalidOperationException($"DocumentDB Elastic described {name} without its ARN.");
        if (status == ElasticSnapshotStatuses.Active)
        {
            return new ElasticSnapshotStatus(name, arn, sourceSnapshotArn, status, Ready: true, SecondsUntilNextPoll: 0, created);
        }

        if (!ElasticSnapshotStatuses.IsInProgress(status))
        {
            throw new RefusedOperationException(
                ErrorNames.SnapshotFailed,
                $"The DocumentDB Elastic copy {name} of {job.Target.Cluster} is {status}, not ACTIVE; it will not become usable.");
        }

        var now = time.GetUtcNow();
        if (now >= job.Night.Deadline)
        {
            throw DeadlineExceeded(job, $"the copy {name} is still {status} at the night's deadline {job.Night.Deadline:O}");
        }

        var startedAt = snapshot.SnapshotCreationTime is { } createdAt && createdAt <= now ? createdAt : now;
        var wait = Math.Max(PollingSchedule.MinimumWaitSeconds, copyPolling.SecondsUntilNextPoll(startedAt, now, job.Night.Deadline));
        return new ElasticSnapshotStatus(name, arn, sourceSnapshotArn, status, Ready: false, wait, created);
    }

    private static RefusedOperationException DeadlineExceeded(ElasticSnapshotJob job, string why) =>
        new(ErrorNames.DeadlineExceeded, $"DocumentDB Elastic cluster {job.Target.Cluster} was not protected for {job.Night.Date}: {why}.");

    private static bool IsKmsProblem(DocDbElasticServiceException exception) => exception switch
    {
        AccessDeniedException denied => MentionsKms(denied.Message),
        ValidationException invalid => invalid.FieldList.Any(field => string.Equals(field.Name, "kmsKeyId", StringComparison.OrdinalIgnoreCase)) || MentionsKms(invalid.Message),
        _ => false,
    };

    private static bool MentionsKms(string? message) => message is not null && message.Contains("KMS", StringComparison.OrdinalIgnoreCase);
}
