using StorageOps.Aws.DocDbElastic;
using StorageOps.Aws.Rds;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>
/// Walks the service pages discovery will read — DescribeDBClusters, then DocumentDB Elastic ListClusters, 100 a page, reading no
/// tags — and returns each page's start cursor (the <see cref="DiscoveryCursor"/> discovery itself would return there) and the
/// next page's as its end. RDS Markers and DocumentDB Elastic nextTokens are re-usable positions, so the pages can then be
/// discovered and protected side by side (decision 0014). A listing throttled after progress returns the plan so far with the
/// cursor to resume at (the state machine calls again, its retry backoff in between); with no progress it fails as
/// StorageOps.Throttled for the Retry.
/// </summary>
public sealed class NightPagePlanner
{
    /// <summary>All page summaries together stay near this many bytes, so MergeNightSummaries's input fits a state payload.</summary>
    public const int TotalBudgetBytes = 150_000;

    /// <summary>
    /// A page summary's counts and quota take about 400 bytes; 1,000 keeps a few failures of each page and lets about 240
    /// pages (24,000 clusters) of summaries fit the parent's 256 KiB state (a 2,000 floor would stop at about 115).
    /// </summary>
    public const int MinPageBudgetBytes = 1_000;

    private readonly RegionalClients<IRdsClient> rds;
    private readonly RegionalClients<IDocDbElasticClient> docDbElastic;

    public NightPagePlanner(RegionalClients<IRdsClient> rds, RegionalClients<IDocDbElasticClient> docDbElastic)
    {
        this.rds = rds;
        this.docDbElastic = docDbElastic;
    }

    public static int BudgetFor(int pages) => Math.Max(MinPageBudgetBytes, TotalBudgetBytes / Math.Max(1, pages));

    public async Task<NightPagePlan> PlanAsync(PlanNightPagesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<string>(NightValidation.Problems(input.Night));
        if (input.Plan is { } partial)
        {
            if (partial.Pages is null || partial.Pages.Count == 0 || partial.Resume is null)
            {
                problems.Add("plan: must be an incomplete plan PlanNightPages returned (pages and resume)");
            }
            else if (partial.Pages[^1].Until != partial.Resume)
            {
                problems.Add("plan.resume: must be the last page's until");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        // Page starts in order; the last one is where the next listing begins.
        var starts = input.Plan is { } previous
            ? previous.Pages.Select(page => page.Cursor).Append(previous.Resume).ToList()
            : [null];
        var position = DiscoveryCursor.Decode(starts[^1]);
        var made = false;
        DiscoveryCursor? next = position;
        while (next is { } cursor)
        {
            try
            {
                next = cursor.Phase == DiscoveryPhase.Aurora
                    ? await NextAuroraPageAsync(cursor.Token, cancellationToken)
                    : await NextElasticPageAsync(cursor.Token, cancellationToken);
            }
            catch (Exception throttled) when (made && LambdaErrorDocument.From(throttled).ErrorType == ErrorNames.Throttled)
            {
                return Plan(starts, complete: false);
            }

            made = true;
            if (next is not null)
            {
                starts.Add(next.Encode());
            }
        }

        return Plan(starts, complete: true);
    }

    private static NightPagePlan Plan(List<string?> starts, bool complete)
    {
        // complete: every start is a page's; the last page ends the night. Incomplete: the last start is where to resume.
        var count = complete ? starts.Count : starts.Count - 1;
        var budget = BudgetFor(count);
        var pages = Enumerable.Range(0, count)
            .Select(index => new NightPage(starts[index], index + 1 < starts.Count ? starts[index + 1] : null, budget))
            .ToList();
        return new NightPagePlan(pages, complete ? null : starts[^1]);
    }

    private async Task<DiscoveryCursor?> NextAuroraPageAsync(string? marker, CancellationToken cancellationToken)
    {
        var page = await rds.Home.DescribeDBClustersAsync(
            new DescribeDBClustersRequest { MaxRecords = SnapshotTargetDiscovery.ServicePageSize, Marker = marker }, cancellationToken);
        return page.Marker is { Length: > 0 } nextMarker
            ? new DiscoveryCursor(DiscoveryPhase.Aurora, nextMarker)
            : new DiscoveryCursor(DiscoveryPhase.DocDbElastic, null);
    }

    private async Task<DiscoveryCursor?> NextElasticPageAsync(string? token, CancellationToken cancellationToken)
    {
        var page = await docDbElastic.Home.ListClustersAsync(
            new ListClustersRequest { MaxResults = SnapshotTargetDiscovery.ServicePageSize, NextToken = token }, cancellationToken);
        return page.NextToken is { Length: > 0 } nextToken ? new DiscoveryCursor(DiscoveryPhase.DocDbElastic, nextToken) : null;
    }
}
