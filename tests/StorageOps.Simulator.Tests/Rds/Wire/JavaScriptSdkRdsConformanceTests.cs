using System.Text.Json.Nodes;

namespace StorageOps.Simulator.Tests.Rds.Wire;

/// <summary>The official AWS SDK for JavaScript v3 (tests/conformance/simulator-rds.mjs) against the simulator's RDS.</summary>
public sealed class JavaScriptSdkRdsConformanceTests(RdsConformanceReport conformance) : IClassFixture<RdsConformanceReport>
{
    private const string Region = RdsConformanceReport.Region;
    private const string Account = RdsConformanceReport.Account;

    private readonly JsonObject report = conformance.Report;

    [Fact]
    public void DescribeDBClusters_WhenSentBySdk_ShouldListTheSeededFleetWithTags()
    {
        var clusters = report["clusters"]!.AsArray();
        var orders = clusters.Single(cluster => cluster!["DBClusterIdentifier"]!.GetValue<string>() == "orders-aurora-pg")!;

        Assert.Equal(["orders-aurora-pg", "billing-aurora-mysql", "analytics-scratch-pg", "legacy-reports-mysql"], clusters.Select(cluster => cluster!["DBClusterIdentifier"]!.GetValue<string>()));
        Assert.Equal($"arn:aws:rds:{Region}:{Account}:cluster:orders-aurora-pg", orders["DBClusterArn"]!.GetValue<string>());
        Assert.Equal(5432, orders["Port"]!.GetValue<int>());
        Assert.Equal([$"{Region}a", $"{Region}b", $"{Region}c"], orders["AvailabilityZones"]!.AsArray().Select(zone => zone!.GetValue<string>()));
        Assert.Equal("nightly", orders["TagList"]!.AsArray().Single(tag => tag!["Key"]!.GetValue<string>() == "storageops:snapshot")!["Value"]!.GetValue<string>());
        Assert.Equal(["orders-aurora-pg", "analytics-scratch-pg"], report["postgresClusterIds"]!.AsArray().Select(id => id!.GetValue<string>()));
        AssertError(report["unknownCluster"]!, "DBClusterNotFoundFault", 404);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenSentBySdk_ShouldBeParsedIntoTheFullSnapshot()
    {
        var create = report["create"]!;
        var snapshot = create["snapshot"]!;

        Assert.Equal(200, create["httpStatusCode"]!.GetValue<int>());
        Assert.Matches("^[0-9a-f-]{36}$", create["requestId"]!.GetValue<string>());
        Assert.Equal("conformance-nightly", snapshot["DBClusterSnapshotIdentifier"]!.GetValue<string>());
        Assert.Equal("orders-aurora-pg", snapshot["DBClusterIdentifier"]!.GetValue<string>());
        Assert.Equal($"arn:aws:rds:{Region}:{Account}:cluster-snapshot:conformance-nightly", snapshot["DBClusterSnapshotArn"]!.GetValue<string>());
        Assert.Equal("creating", snapshot["Status"]!.GetValue<string>());
        Assert.Equal("manual", snapshot["SnapshotType"]!.GetValue<string>());
        Assert.Equal(0, snapshot["PercentProgress"]!.GetValue<int>());
        Assert.Equal("aurora-postgresql", snapshot["Engine"]!.GetValue<string>());
        Assert.True(snapshot["StorageEncrypted"]!.GetValue<bool>());
        Assert.StartsWith($"arn:aws:kms:{Region}:{Account}:key/", snapshot["KmsKeyId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(snapshot["SnapshotCreateTime"]!.GetValue<string>(), out _));
        Assert.Equal("conformance", snapshot["TagList"]!.AsArray().Single()!["Value"]!.GetValue<string>());
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenPolledThreeTimes_ShouldSeeProgressRiseToAvailable()
    {
        var progress = report["progress"]!.AsArray();

        Assert.Equal(["creating", "creating", "available"], progress.Select(step => step!["Status"]!.GetValue<string>()));
        Assert.Equal([33, 66, 100], progress.Select(step => step!["PercentProgress"]!.GetValue<int>()));
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenRefused_ShouldSurfaceEachModeledFault()
    {
        AssertError(report["duplicate"]!, "DBClusterSnapshotAlreadyExistsFault", 400);
        AssertError(report["clusterNotFound"]!, "DBClusterNotFoundFault", 404);
        AssertError(report["clusterStopped"]!, "InvalidDBClusterStateFault", 400);
        AssertError(report["invalidIdentifier"]!, "InvalidParameterValue", 400);
    }

    [Fact]
    public void DeleteDBClusterSnapshot_WhenCreatingOrAutomated_ShouldSurfaceInvalidDBClusterSnapshotStateFault()
    {
        AssertError(report["deleteCreating"]!, "InvalidDBClusterSnapshotStateFault", 400);
        AssertError(report["deleteAutomated"]!, "InvalidDBClusterSnapshotStateFault", 400);
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenByTypeAndFilters_ShouldSelectOnlyMatchingSnapshots()
    {
        var automated = report["automated"]!.AsArray();

        Assert.Equal(3, automated.Count);
        Assert.All(automated, snapshot => Assert.Equal("automated", snapshot!["SnapshotType"]!.GetValue<string>()));
        Assert.All(automated, snapshot => Assert.StartsWith("rds:orders-aurora-pg-", snapshot!["DBClusterSnapshotIdentifier"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(["conformance-nightly", "conformance-pending"], report["manualByFilter"]!.AsArray().Select(id => id!.GetValue<string>()));
        AssertError(report["snapshotNotFound"]!, "DBClusterSnapshotNotFoundFault", 404);
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenFromAutomatedWithCopyTags_ShouldCreateManualCopyWithSourceArn()
    {
        var copy = report["copy"]!;
        var snapshot = copy["snapshot"]!;

        Assert.Equal("conformance-copy", snapshot["DBClusterSnapshotIdentifier"]!.GetValue<string>());
        Assert.Equal("manual", snapshot["SnapshotType"]!.GetValue<string>());
        Assert.Equal("copying", snapshot["Status"]!.GetValue<string>());
        Assert.Equal(copy["sourceArn"]!.GetValue<string>(), snapshot["SourceDBClusterSnapshotArn"]!.GetValue<string>());
        Assert.Contains(snapshot["TagList"]!.AsArray(), tag => tag!["Key"]!.GetValue<string>() == "storageops:snapshot");
        Assert.Contains(snapshot["TagList"]!.AsArray(), tag => tag!["Key"]!.GetValue<string>() == "copied-by");
        AssertError(report["copyFromCreating"]!, "InvalidDBClusterSnapshotStateFault", 400);
        AssertError(report["copyMissing"]!, "DBClusterSnapshotNotFoundFault", 404);
    }

    [Fact]
    public void TagOperations_WhenSentBySdk_ShouldAddReplaceAndRemoveTags()
    {
        var tags = report["tags"]!;

        Assert.Equal(["storageops:owner=renamed", "retention=7"], TagsOf(tags["afterAdd"]!));
        Assert.Equal(["storageops:owner=renamed"], TagsOf(tags["afterRemove"]!));
        Assert.Equal(["storageops:snapshot=nightly", "team=orders"], TagsOf(tags["cluster"]!));
        AssertError(report["tagsOfMissing"]!, "DBClusterSnapshotNotFoundFault", 404);
    }

    [Fact]
    public void PaginateDescribeDBClusterSnapshots_WhenPageSizeTwenty_ShouldVisitEverySnapshotOnce()
    {
        var paginated = report["paginated"]!;
        var pages = paginated["pages"]!.AsArray();
        var visited = pages.SelectMany(page => page!["ids"]!.AsArray()).Select(id => id!.GetValue<string>()).ToList();

        Assert.Equal([20, 8], pages.Select(page => page!["ids"]!.AsArray().Count));
        Assert.Equal([true, false], pages.Select(page => page!["hasMarker"]!.GetValue<bool>()));
        Assert.Equal(paginated["createdIds"]!.AsArray().Select(id => id!.GetValue<string>()), visited.Skip(3));
        Assert.Equal(visited.Count, visited.Distinct().Count());
        AssertError(report["maxRecordsTooSmall"]!, "InvalidParameterValue", 400);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenHundredManualSnapshotsExist_ShouldSurfaceSnapshotQuotaExceeded()
    {
        var quota = report["quota"]!;

        Assert.Equal(100, quota["manualBefore"]!.GetValue<int>() + quota["created"]!.GetValue<int>());
        AssertError(quota["error"]!, "SnapshotQuotaExceededFault", 400, code: "SnapshotQuotaExceeded");
    }

    [Fact]
    public void DeleteDBClusterSnapshot_WhenAvailable_ShouldReturnItAndForgetIt()
    {
        Assert.Equal("conformance-nightly", report["delete"]!["DBClusterSnapshotIdentifier"]!.GetValue<string>());
        Assert.Equal("available", report["delete"]!["Status"]!.GetValue<string>());
        AssertError(report["describeDeleted"]!, "DBClusterSnapshotNotFoundFault", 404);
    }

    private static IEnumerable<string> TagsOf(JsonNode tagList) =>
        tagList.AsArray().Select(tag => $"{tag!["Key"]!.GetValue<string>()}={tag["Value"]!.GetValue<string>()}");

    /// <summary>The SDK names the exception after the model's shape; the wire code differs only for SnapshotQuotaExceeded.</summary>
    private static void AssertError(JsonNode error, string name, int httpStatusCode, string? code = null)
    {
        Assert.True(error["thrown"]!.GetValue<bool>(), $"expected {name}");
        Assert.Equal(name, error["name"]!.GetValue<string>());
        Assert.Equal(code ?? name, error["code"]!.GetValue<string>());
        Assert.Equal(httpStatusCode, error["httpStatusCode"]!.GetValue<int>());
        Assert.Equal("client", error["fault"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
    }
}
