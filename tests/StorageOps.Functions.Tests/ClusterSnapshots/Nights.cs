using System.Globalization;
using System.Text.Json;
using StorageOps.Aws.Rds;
using StorageOps.Functions.ClusterSnapshots;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Retention;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.Tests.ClusterSnapshots;

/// <summary>The night of 2026-12-01 (03:00–07:00 UTC) and the handler inputs built from it.</summary>
internal static class Nights
{
    public const string Cluster = "orders-aurora-pg";
    public const string TonightsSnapshot = "storageops-orders-aurora-pg-20261201";
    public static readonly LambdaInvocation Invoked = new("inv-1", DateTimeOffset.MaxValue);
    public static readonly DateTimeOffset Scheduled = At("2026-12-01T03:00:00Z");
    public static readonly DateTimeOffset Deadline = At("2026-12-01T07:00:00Z");
    public static readonly RetentionPolicy Policy = new(KeepDaily: 3, KeepWeekly: 0, KeepMonthly: 0, MinKeep: 3);
    public static readonly SnapshotTarget Target = new(Cluster, SnapshotTargetKinds.Aurora, InMemoryRds.ClusterArn(Cluster));
    public static readonly Tag ManagedBy = new(OwnershipTags.ManagedBy, OwnershipTags.ManagedByValue);

    public static Night Tonight(RetentionPolicy? retention = null) =>
        new("2026-12-01", Scheduled, Deadline, retention ?? Policy, MaxConcurrency: 40, ToleratedFailurePercentage: 5);

    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    public static Tag NightTag(string date) => new(OwnershipTags.Night, date);

    public static string CreateInput(Night? night = null) =>
        JsonSerializer.Serialize(new CreateClusterSnapshotInput { Target = Target, Night = night ?? Tonight() }, FunctionsJsonContext.Default.CreateClusterSnapshotInput);

    public static string DescribeInput(Night? night = null, string snapshot = TonightsSnapshot) =>
        JsonSerializer.Serialize(new DescribeClusterSnapshotInput { Target = Target, Night = night ?? Tonight(), Snapshot = snapshot }, FunctionsJsonContext.Default.DescribeClusterSnapshotInput);

    public static string PruneInput(Night? night = null, IReadOnlyList<string>? prunedBeforeCreate = null) =>
        JsonSerializer.Serialize(
            new PruneClusterSnapshotsInput { Target = Target, Night = night ?? Tonight(), Snapshot = TonightsSnapshot, StartedAt = Scheduled, PrunedBeforeCreate = prunedBeforeCreate },
            FunctionsJsonContext.Default.PruneClusterSnapshotsInput);

    /// <summary>An owned nightly snapshot of <see cref="Cluster"/> for the night <paramref name="date"/> (yyyy-MM-dd), taken at 03:05 that night.</summary>
    public static DBClusterSnapshot AddNightly(this InMemoryRds rds, string date, string status = "available", bool owned = true)
    {
        var night = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Tag[] tags = owned ? [ManagedBy, NightTag(date)] : [];
        return rds.AddSnapshot(NightlySnapshotName.For(Cluster, night), Cluster, At($"{date}T03:05:00Z"), status, "manual", tags);
    }

    public static ClusterSnapshotStatus ReadStatus(string json) =>
        JsonSerializer.Deserialize(json, FunctionsJsonContext.Default.ClusterSnapshotStatus)!;
}
