using System.Text.Json.Nodes;

namespace StorageOps.Simulator.Tests.DocDbElastic.Wire;

/// <summary>The official AWS SDK for JavaScript v3 (tests/conformance/simulator-docdb-elastic.mjs) against the simulator's DocumentDB Elastic.</summary>
public sealed class JavaScriptSdkDocDbElasticConformanceTests(DocDbElasticConformanceReport conformance) : IClassFixture<DocDbElasticConformanceReport>
{
    private const string Region = DocDbElasticConformanceReport.Region;
    private const string Account = DocDbElasticConformanceReport.Account;

    private readonly JsonObject report = conformance.Report;

    [Fact]
    public void PaginateListClusters_WhenPageSizeOne_ShouldVisitEverySeededClusterOnce()
    {
        var pages = report["clusterPages"]!.AsArray();

        Assert.Equal([1, 1, 1], pages.Select(page => page!.AsArray().Count));
        Assert.Equal(["catalog-docdb", "sessions-docdb", "sandbox-docdb"], pages.Select(page => page![0]!["clusterName"]!.GetValue<string>()));
        Assert.All(pages, page => Assert.Equal("ACTIVE", page![0]!["status"]!.GetValue<string>()));
        Assert.All(pages, page => Assert.Matches($"^arn:aws:docdb-elastic:{Region}:{Account}:cluster/[0-9a-f]{{32}}$", page![0]!["clusterArn"]!.GetValue<string>()));
    }

    [Fact]
    public void GetCluster_WhenSentBySdk_ShouldReturnTheFullCluster()
    {
        var cluster = report["catalog"]!;

        Assert.Equal("catalog-docdb", cluster["clusterName"]!.GetValue<string>());
        Assert.Equal("ACTIVE", cluster["status"]!.GetValue<string>());
        Assert.Equal("PLAIN_TEXT", cluster["authType"]!.GetValue<string>());
        Assert.Equal(2, cluster["shardCount"]!.GetValue<int>());
        Assert.Equal(2, cluster["shards"]!.AsArray().Count);
        Assert.StartsWith($"arn:aws:kms:{Region}:{Account}:key/", cluster["kmsKeyId"]!.GetValue<string>(), StringComparison.Ordinal);
        AssertError(report["unknownCluster"]!, "ResourceNotFoundException", 404);
        Assert.Equal("cluster", report["unknownCluster"]!["resourceType"]!.GetValue<string>());
    }

    [Fact]
    public void ListClusterSnapshots_WhenAutomatedLowerCase_ShouldReturnAutomatedSnapshotsTypedUpperCase()
    {
        var automated = report["automated"]!.AsArray();

        Assert.Equal(3, automated.Count);
        Assert.All(automated, snapshot => Assert.Equal("ACTIVE", snapshot!["status"]!.GetValue<string>()));
        Assert.Equal("AUTOMATED", report["latestAutomated"]!["snapshotType"]!.GetValue<string>());
        Assert.Equal(report["catalog"]!["clusterArn"]!.GetValue<string>(), report["latestAutomated"]!["clusterArn"]!.GetValue<string>());
    }

    [Fact]
    public void CopyClusterSnapshot_WhenSentBySdk_ShouldCreateManualCopyThatBecomesActive()
    {
        var snapshot = report["copy"]!["snapshot"]!;

        Assert.Equal(200, report["copy"]!["httpStatusCode"]!.GetValue<int>());
        Assert.Equal("conformance-nightly-copy", snapshot["snapshotName"]!.GetValue<string>());
        Assert.Equal("MANUAL", snapshot["snapshotType"]!.GetValue<string>());
        Assert.Equal("CREATING", snapshot["status"]!.GetValue<string>());
        Assert.Matches($"^arn:aws:docdb-elastic:{Region}:{Account}:cluster-snapshot/[0-9a-f]{{32}}$", snapshot["snapshotArn"]!.GetValue<string>());
        Assert.Equal(report["latestAutomated"]!["kmsKeyId"]!.GetValue<string>(), snapshot["kmsKeyId"]!.GetValue<string>());
        Assert.Equal(["CREATING", "ACTIVE"], report["copyStates"]!.AsArray().Select(state => state!.GetValue<string>()));
    }

    [Fact]
    public void CopyClusterSnapshot_WhenNameTakenInAnyCase_ShouldSurfaceConflictException()
    {
        AssertError(report["nameTaken"]!, "ConflictException", 409);
        AssertError(report["nameTakenOtherCase"]!, "ConflictException", 409);
        Assert.Equal(report["copy"]!["snapshot"]!["snapshotArn"]!.GetValue<string>(), report["nameTaken"]!["resourceId"]!.GetValue<string>());
        Assert.Equal("snapshot", report["nameTaken"]!["resourceType"]!.GetValue<string>());
    }

    [Fact]
    public void CopyClusterSnapshot_WhenTargetNameBreaksTheRule_ShouldSurfaceValidationExceptionNamingTheField()
    {
        var badNames = report["badNames"]!.AsObject();

        Assert.Equal(5, badNames.Count);
        foreach (var (_, error) in badNames)
        {
            AssertError(error!, "ValidationException", 400);
            Assert.Equal("fieldValidationFailed", error!["reason"]!.GetValue<string>());
            Assert.Equal("targetSnapshotName", error["fieldList"]![0]!["name"]!.GetValue<string>());
        }
    }

    [Fact]
    public void CopyClusterSnapshot_WhenKmsKeyOnAwsOwnedKeyOrSourceMissing_ShouldSurfaceTheModeledErrors()
    {
        AssertError(report["kmsOnAwsOwnedKey"]!, "ValidationException", 400);
        Assert.Equal("kmsKeyId", report["kmsOnAwsOwnedKey"]!["fieldList"]![0]!["name"]!.GetValue<string>());
        AssertError(report["sourceNotFound"]!, "ResourceNotFoundException", 404);
    }

    [Fact]
    public void TagOperations_WhenSentBySdk_ShouldCopyAddAndRemoveTags()
    {
        var tags = report["tags"]!;

        Assert.Equal("""{"storageops:owner":"conformance"}""", tags["afterCopy"]!.ToJsonString());
        Assert.Equal("""{"retention":"7","storageops:owner":"conformance"}""", tags["afterTag"]!.ToJsonString());
        Assert.Equal("""{"storageops:owner":"conformance"}""", tags["afterUntag"]!.ToJsonString());
        Assert.Equal("""{"storageops:snapshot":"nightly","team":"catalog"}""", tags["cluster"]!.ToJsonString());
    }

    [Fact]
    public void PaginateListClusterSnapshots_WhenPageSizeTwenty_ShouldVisitEverySnapshotOnce()
    {
        var paginated = report["paginated"]!;
        var pages = paginated["pages"]!.AsArray();
        var visited = pages.SelectMany(page => page!["arns"]!.AsArray()).Select(arn => arn!.GetValue<string>()).ToList();

        Assert.Equal([20, 15], pages.Select(page => page!["arns"]!.AsArray().Count));
        Assert.Equal([true, false], pages.Select(page => page!["hasNextToken"]!.GetValue<bool>()));
        Assert.Equal(paginated["createdArns"]!.AsArray().Select(arn => arn!.GetValue<string>()), visited.TakeLast(25));
        Assert.Equal(visited.Count, visited.Distinct().Count());
        Assert.Equal(26, report["manualCount"]!.GetValue<int>());
        AssertError(report["maxResultsTooSmall"]!, "ValidationException", 400);
        AssertError(report["badSnapshotType"]!, "ValidationException", 400);
    }

    [Fact]
    public void DeleteClusterSnapshot_WhenSentBySdk_ShouldRefuseCreatingAndAutomatedAndDeleteActiveManual()
    {
        AssertError(report["deleteCreating"]!, "ConflictException", 409);
        AssertError(report["deleteAutomated"]!, "ValidationException", 400);
        Assert.Equal("DELETING", report["delete"]!["status"]!.GetValue<string>());
        Assert.Equal("conformance-nightly-copy", report["delete"]!["snapshotName"]!.GetValue<string>());
        AssertError(report["getDeleted"]!, "ResourceNotFoundException", 404);
    }

    private static void AssertError(JsonNode error, string name, int httpStatusCode)
    {
        Assert.True(error["thrown"]!.GetValue<bool>(), $"expected {name}");
        Assert.Equal(name, error["name"]!.GetValue<string>());
        Assert.Equal(httpStatusCode, error["httpStatusCode"]!.GetValue<int>());
        Assert.Equal("client", error["fault"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
    }
}
