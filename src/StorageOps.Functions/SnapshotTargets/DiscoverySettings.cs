using StorageOps.Functions.Composition;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>What DiscoverSnapshotTargets reads from its function's environment: the tag that selects a cluster, and the page size.</summary>
/// <param name="PageSize">A page ends at the first service page boundary at or past this many reported clusters (targets plus skipped).</param>
public sealed record DiscoverySettings(string TagKey, string TagValue, int PageSize)
{
    /// <summary>
    /// The page, its Map results and the summary (at most 96,000 bytes) share one 256 KB state payload. A target plus its
    /// result take at most about 600 bytes (63-character names, a few pruned names), so a page of 100 plus a service page's 99
    /// overshoot (about 120 KB) and a full summary stay near 215 KB, with room for the night and long causes.
    /// </summary>
    public const int MaxPageSize = 100;

    public const int DefaultPageSize = 100;

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
        return new DiscoverySettings(key, value, NightlyVariables.Integer(variables, NightlyVariables.DiscoveryPageSize, DefaultPageSize, 1, MaxPageSize));
    }
}
