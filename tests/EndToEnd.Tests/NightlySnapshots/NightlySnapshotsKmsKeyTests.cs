using StorageOps.Functions.SnapshotTargets;
using StorageOps.StatesLanguage.Execution;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>
/// The night names a KMS key for the DocumentDB Elastic copies (STORAGEOPS_ELASTIC_COPY_KMS_KEY_ID) that cannot be used:
/// disabled (the seed's alias/storageops-retired) or unknown. The copies fail, the Aurora snapshots do not.
/// </summary>
public sealed class NightlySnapshotsKmsKeyTests
{
    private const string ScheduledTime = "2026-12-01T03:00:00Z";
    private static readonly DateOnly NightDate = new(2026, 12, 1);

    /// <summary>Encrypted with a customer managed key: their copies may name a key, and DocumentDB Elastic refuses this one.</summary>
    private static readonly string[] CustomerKeyClusters = ["profiles-docdb", "catalog-docdb"];

    /// <summary>Encrypted with the AWS owned key: a copy naming any key is refused before the call, as the seed says.</summary>
    private const string AwsOwnedKeyCluster = "sessions-docdb";

    [Theory]
    [InlineData("alias/storageops-retired")]
    [InlineData("alias/storageops-never-created")]
    public async Task Night_WhenTheElasticCopyKeyIsNotAccessible_ShouldFailTheCopiesKmsKeyNotAccessibleAndStillProtectAurora(string keyId)
    {
        await using var environment = await NightlyFleet.StartAsync(options => NightlyFleet.WithVariables(options, new Dictionary<string, string>
        {
            ["STORAGEOPS_ELASTIC_COPY_KMS_KEY_ID"] = keyId,
        }));
        var auroraTargets = NightlyFleet.AuroraClusters(environment).Where(cluster => NightlyFleet.IsTagged(cluster) && cluster.Status == "available")
            .Select(cluster => cluster.DBClusterIdentifier).ToList();
        var copiesBefore = NightlyFleet.ManualElasticSnapshots(environment).Count;

        var result = await NightlyFleet.RunNightAsync(environment, ScheduledTime);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var summary = result.Output!;
        Assert.Equal(
            (false, 10, auroraTargets.Count, 3, 1),
            ((bool?)summary["passed"], (int?)summary["targets"], (int?)summary["succeeded"], (int?)summary["failed"], (int?)summary["skipped"]));

        // The failures in full, first.
        var results = NightlyFleet.Results(summary);
        Assert.All(results.Take(3), line => Assert.Equal(("docdb-elastic", "failed"), ((string?)line["kind"], (string?)line["outcome"])));
        foreach (var cluster in CustomerKeyClusters)
        {
            var line = NightlyFleet.ResultOf(summary, cluster);
            Assert.Equal("StorageOps.KmsKeyNotAccessible", (string?)line["error"]);
            Assert.Contains(keyId, (string?)line["cause"], StringComparison.Ordinal);
            Assert.Contains(NightlySnapshotName.For(cluster, NightDate), (string?)line["cause"], StringComparison.Ordinal);
        }

        var refused = NightlyFleet.ResultOf(summary, AwsOwnedKeyCluster);
        Assert.Equal("StorageOps.ValidationError", (string?)refused["error"]);
        Assert.Contains("customer managed KMS key", (string?)refused["cause"], StringComparison.Ordinal);

        foreach (var cluster in auroraTargets)
        {
            var line = NightlyFleet.ResultOf(summary, cluster);
            Assert.Equal(("succeeded", NightlySnapshotName.For(cluster, NightDate)), ((string?)line["outcome"], (string?)line["snapshot"]));
            Assert.Contains(NightlyFleet.ManualClusterSnapshots(environment), snapshot => snapshot.DBClusterSnapshotIdentifier == NightlySnapshotName.For(cluster, NightDate) && snapshot.Status == "available");
        }

        // No copy was made; DocumentDB Elastic was asked only for the two customer-key clusters' copies, and refused them.
        Assert.Equal(copiesBefore, NightlyFleet.ManualElasticSnapshots(environment).Count);
        var copies = environment.Simulator.RequestLog.Snapshot().Where(request => request.Operation == "CopyClusterSnapshot").ToList();
        Assert.Equal(CustomerKeyClusters.Length, copies.Count);
        Assert.All(copies, request => Assert.Equal(400, request.StatusCode));
        NightlyFleet.SinglePublishedSummary(environment, result);
    }
}
