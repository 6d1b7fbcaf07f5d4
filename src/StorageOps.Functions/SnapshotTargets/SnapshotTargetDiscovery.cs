using StorageOps.Aws.DocDbElastic;
using StorageOps.Aws.Rds;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.NightSummaries;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>
/// Finds the clusters carrying the snapshot tag, one page at a time: Aurora/RDS DB clusters (DescribeDBClusters, tags from TagList),
/// then DocumentDB Elastic clusters (ListClusters, tags from ListTagsForResource). A page ends on a service page boundary, so the
/// cursor is the next service token — unless a call is throttled after the page has made progress: then the page ends there, with
/// what it found, and the cursor resumes at the cluster whose tags were refused. One ListTagsForResource per DocumentDB Elastic
/// cluster can need more calls than the API's burst allows at once; throwing that progress away and retrying the whole page
/// would need the same burst again (and, on the local runner, where an invocation takes no virtual time, would never succeed).
/// A throttled call before any progress fails the invocation as StorageOps.Throttled, for the state machine's Retry.
/// </summary>
public sealed class SnapshotTargetDiscovery
{
    public const int ServicePageSize = 100;
    public const string AuroraAvailable = "available";
    public const string ElasticActive = "ACTIVE";

    private readonly RegionalClients<IRdsClient> rds;
    private readonly RegionalClients<IDocDbElasticClient> docDbElastic;
    private readonly DiscoverySettings settings;

    public SnapshotTargetDiscovery(RegionalClients<IRdsClient> rds, RegionalClients<IDocDbElasticClient> docDbElastic, DiscoverySettings settings)
    {
        this.rds = rds;
        this.docDbElastic = docDbElastic;
        this.settings = settings;
    }

    public async Task<DiscoveredTargets> DiscoverAsync(DiscoverSnapshotTargetsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = NightValidation.Problems(input.Night);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var progress = new PageProgress(DiscoveryCursor.Decode(input.Cursor));
        if (input.Until is { } until)
        {
            _ = DiscoveryCursor.Decode(until); // Only a cursor of ours can be a boundary.
            if (until == input.Cursor)
            {
                throw new InvalidInputException(["until: equals cursor; a page from a boundary to itself is empty"]);
            }
        }

        var targets = new List<SnapshotTarget>();
        var skipped = new List<TargetResult>();
        while (progress.Cursor is { } cursor && targets.Count + skipped.Count < settings.PageSize
            && (input.Until is null || cursor.Encode() != input.Until))
        {
            try
            {
                progress.Cursor = cursor.Phase == DiscoveryPhase.Aurora
                    ? await AuroraPageAsync(cursor.Token, targets, skipped, progress, cancellationToken)
                    : await ElasticPageAsync(cursor, targets, skipped, progress, cancellationToken);
            }
            catch (Exception throttled) when (progress.Made && LambdaErrorDocument.From(throttled).ErrorType == ErrorNames.Throttled)
            {
                break; // progress.Cursor is where the refused call would have continued.
            }
        }

        return new DiscoveredTargets(targets, skipped, progress.Cursor?.Encode());
    }

    /// <summary>Engines DescribeDBClusters returns that CreateDBClusterSnapshot protects as an Aurora/RDS cluster: Aurora, and RDS Multi-AZ DB clusters.</summary>
    public static bool IsAuroraOrMultiAzEngine(string? engine) =>
        engine is not null
        && (engine.StartsWith("aurora", StringComparison.Ordinal) || engine is "mysql" or "postgres");

    private async Task<DiscoveryCursor?> AuroraPageAsync(string? marker, List<SnapshotTarget> targets, List<TargetResult> skipped, PageProgress progress, CancellationToken cancellationToken)
    {
        var page = await rds.Home.DescribeDBClustersAsync(new DescribeDBClustersRequest { MaxRecords = ServicePageSize, Marker = marker }, cancellationToken);
        progress.Made = true;
        foreach (var cluster in page.DBClusters)
        {
            // DocumentDB (non-elastic) and Neptune clusters are listed by the same API but are not ours to snapshot.
            if (cluster.DBClusterIdentifier is not { Length: > 0 } identifier || cluster.DBClusterArn is not { Length: > 0 } arn
                || !IsAuroraOrMultiAzEngine(cluster.Engine)
                || !cluster.TagList.Any(tag => tag.Key == settings.TagKey && tag.Value == settings.TagValue))
            {
                continue;
            }

            Sort(identifier, SnapshotTargetKinds.Aurora, arn, cluster.Status, AuroraAvailable, targets, skipped);
        }

        return page.Marker is { Length: > 0 } next ? new DiscoveryCursor(DiscoveryPhase.Aurora, next) : new DiscoveryCursor(DiscoveryPhase.DocDbElastic, null);
    }

    private async Task<DiscoveryCursor?> ElasticPageAsync(DiscoveryCursor cursor, List<SnapshotTarget> targets, List<TargetResult> skipped, PageProgress progress, CancellationToken cancellationToken)
    {
        var client = docDbElastic.Home;
        var page = await client.ListClustersAsync(new ListClustersRequest { MaxResults = ServicePageSize, NextToken = cursor.Token }, cancellationToken);
        for (var index = cursor.Skip; index < page.Clusters.Count; index++)
        {
            // A throttled tag read below leaves the cursor here, at this cluster.
            progress.Cursor = cursor with { Skip = index };
            var cluster = page.Clusters[index];
            if (cluster.ClusterName is not { Length: > 0 } name || cluster.ClusterArn is not { Length: > 0 } arn)
            {
                continue;
            }

            IReadOnlyDictionary<string, string> tags;
            try
            {
                tags = (await client.ListTagsForResourceAsync(new Aws.DocDbElastic.ListTagsForResourceRequest { ResourceArn = arn }, cancellationToken)).Tags;
            }
            catch (ResourceNotFoundException)
            {
                progress.Made = true;
                continue; // Deleted between ListClusters and ListTagsForResource: nothing to protect.
            }

            progress.Made = true;
            if (tags.TryGetValue(settings.TagKey, out var value) && value == settings.TagValue)
            {
                Sort(name, SnapshotTargetKinds.DocDbElastic, arn, cluster.Status, ElasticActive, targets, skipped);
            }
        }

        return page.NextToken is { Length: > 0 } next ? new DiscoveryCursor(DiscoveryPhase.DocDbElastic, next) : null;
    }

    /// <summary>Where this page would continue, and whether it has sorted anything yet.</summary>
    private sealed class PageProgress(DiscoveryCursor? cursor)
    {
        public DiscoveryCursor? Cursor { get; set; } = cursor;

        public bool Made { get; set; }
    }

    private static void Sort(string cluster, string kind, string arn, string? status, string ready, List<SnapshotTarget> targets, List<TargetResult> skipped)
    {
        if (status == ready)
        {
            targets.Add(new SnapshotTarget(cluster, kind, arn));
            return;
        }

        skipped.Add(new TargetResult(
            cluster,
            kind,
            TargetOutcomes.Skipped,
            Status: status ?? "unknown",
            Cause: $"The cluster is {status ?? "in an unknown state"}, not {ready}; it was not attempted tonight."));
    }
}
