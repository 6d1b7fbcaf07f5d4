using System.Globalization;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Polling;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>The Aurora/RDS cluster-snapshot handlers and what each is built from.</summary>
public static class ClusterSnapshotRegistrations
{
    /// <summary>Optional: the region's manual DB cluster snapshot quota, named in the SnapshotQuotaExceeded message. Unset = 100.</summary>
    public const string SnapshotQuotaVariable = "STORAGEOPS_SNAPSHOT_QUOTA";

    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(CreateClusterSnapshotFunction.HandlerName, context => new CreateClusterSnapshotFunction(Snapshotter(context))),
        new(DescribeClusterSnapshotFunction.HandlerName, context => new DescribeClusterSnapshotFunction(Snapshotter(context))),
        new(PruneClusterSnapshotsFunction.HandlerName, context => new PruneClusterSnapshotsFunction(new ClusterSnapshotPruner(context.Clients.Rds.Home, context.Time))),
    ];

    private static ClusterSnapshotter Snapshotter(FunctionContext context) =>
        new(context.Clients.Rds.Home, context.Time, PollingSchedules.From(context.Environment), SnapshotQuotaOf(context.Environment));

    private static int SnapshotQuotaOf(FunctionEnvironment environment)
    {
        if (!environment.Variables.TryGetValue(SnapshotQuotaVariable, out var value) || value.Length == 0)
        {
            return ClusterSnapshotter.DefaultSnapshotQuota;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var quota) && quota > 0
            ? quota
            : throw new ConfigurationException($"{SnapshotQuotaVariable}: '{value}' must be a positive whole number.");
    }
}
