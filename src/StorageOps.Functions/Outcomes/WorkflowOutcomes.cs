namespace StorageOps.Functions.Outcomes;

/// <summary>The EFS workflows, the outcomes each can end in, and the CloudWatch metrics (namespace StorageOps) each outcome counts.</summary>
public static class WorkflowOutcomes
{
    public const string ProvisionFileSystem = "provision-file-system";
    public const string ReplicateFileSystem = "replicate-file-system";
    public const string TeardownFileSystem = "teardown-file-system";
    public const string UpdateFileSystem = "update-file-system";

    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    /// <summary>Provisioning failed and everything this request had created was deleted.</summary>
    public const string RolledBack = "rolled-back";

    /// <summary>Provisioning failed and so did the rollback: resources of the request may remain.</summary>
    public const string RollbackFailed = "rollback-failed";

    public const string FileSystemsProvisioned = "FileSystemsProvisioned";
    public const string FileSystemProvisioningFailed = "FileSystemProvisioningFailed";
    public const string FileSystemsRolledBack = "FileSystemsRolledBack";
    public const string FileSystemsReplicated = "FileSystemsReplicated";
    public const string ReplicationFailed = "ReplicationFailed";
    public const string FileSystemsTornDown = "FileSystemsTornDown";
    public const string TeardownFailed = "TeardownFailed";
    public const string FileSystemsUpdated = "FileSystemsUpdated";
    public const string UpdateFailed = "UpdateFailed";

    /// <summary>Seconds from the execution's start to its outcome, with dimension <see cref="WorkflowDimension"/>.</summary>
    public const string WorkflowDurationSeconds = "WorkflowDurationSeconds";
    public const string WorkflowDimension = "Workflow";

    /// <summary>
    /// Per workflow: its count metrics (all emitted with every outcome, 0 or 1, so each series is continuous and a
    /// failure rate is a plain ratio) and, per outcome, the ones that count 1.
    /// </summary>
    private static readonly Dictionary<string, (string[] Metrics, Dictionary<string, string[]> Counted)> Table = new(StringComparer.Ordinal)
    {
        [ProvisionFileSystem] = (
            [FileSystemsProvisioned, FileSystemProvisioningFailed, FileSystemsRolledBack],
            new(StringComparer.Ordinal)
            {
                [Succeeded] = [FileSystemsProvisioned],
                [Failed] = [FileSystemProvisioningFailed],
                [RolledBack] = [FileSystemProvisioningFailed, FileSystemsRolledBack],
                [RollbackFailed] = [FileSystemProvisioningFailed],
            }),
        [ReplicateFileSystem] = (
            [FileSystemsReplicated, ReplicationFailed],
            new(StringComparer.Ordinal) { [Succeeded] = [FileSystemsReplicated], [Failed] = [ReplicationFailed] }),
        [TeardownFileSystem] = (
            [FileSystemsTornDown, TeardownFailed],
            new(StringComparer.Ordinal) { [Succeeded] = [FileSystemsTornDown], [Failed] = [TeardownFailed] }),
        [UpdateFileSystem] = (
            [FileSystemsUpdated, UpdateFailed],
            new(StringComparer.Ordinal) { [Succeeded] = [FileSystemsUpdated], [Failed] = [UpdateFailed] }),
    };

    public static IReadOnlyList<string> Workflows { get; } = [.. Table.Keys.Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> OutcomesOf(string workflow) =>
        Table.TryGetValue(workflow, out var entry) ? [.. entry.Counted.Keys] : [];

    /// <summary>Every count metric of <paramref name="workflow"/> with its value for <paramref name="outcome"/> (1 or 0).</summary>
    public static IReadOnlyList<KeyValuePair<string, double>> CountsOf(string workflow, string outcome)
    {
        var (metrics, counted) = Table[workflow];
        var ones = counted[outcome];
        return [.. metrics.Select(metric => new KeyValuePair<string, double>(metric, ones.Contains(metric) ? 1 : 0))];
    }
}
