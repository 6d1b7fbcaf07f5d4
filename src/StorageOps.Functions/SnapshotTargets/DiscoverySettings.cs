using StorageOps.Functions.Composition;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>What DiscoverSnapshotTargets reads from its function's environment: the tag that selects a cluster, and the page size.</summary>
/// <param name="PageSize">A page ends at the first service page boundary at or past this many reported clusters (targets plus skipped).</param>
public sealed record DiscoverySettings(string TagKey, string TagValue, int PageSize)
{
    /// <summary>
    /// The page, its Map results and the summary (at most 96,000 bytes) share one 256 KB state payload: at about 300 bytes per
    /// target plus its result (names of 30 characters), 500 plus a service page's 99 overshoot still fit.
    /// </summary>
    public const int MaxPageSize = 500;

    public static DiscoverySettings From(FunctionEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return From(environment.Variables);
    }

    public static DiscoverySettings From(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var key = NightlyVariables.String(variables, NightlyVariables.SnapshotTagKey, "storageops:snapshot", 128);
        var value = NightlyVariables.String(variables, NightlyVariables.SnapshotTagValue, "nightly", 256);
        return new DiscoverySettings(key, value, NightlyVariables.Integer(variables, NightlyVariables.DiscoveryPageSize, 200, 1, MaxPageSize));
    }
}
