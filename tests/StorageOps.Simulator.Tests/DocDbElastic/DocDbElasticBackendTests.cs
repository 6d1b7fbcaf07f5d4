using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.DocDbElastic;

public sealed class DocDbElasticBackendTests
{
    private static readonly AccountRegion Scope = new("111122223333", "eu-central-1");

    private readonly ManualTimeProvider clock = new();
    private readonly DocDbElasticBackend backend;

    public DocDbElasticBackendTests()
    {
        backend = new DocDbElasticBackend(new SimulatorOptions { TimeProvider = clock, ElasticClusterSnapshotCopy = LifecycleTransition.AfterSeconds(90) });
    }

    [Fact]
    public void ListClusters_WhenDefaultFleet_ShouldListActiveClustersWithWellFormedArns()
    {
        var clusters = backend.ListClusters(Scope).Clusters;

        Assert.Equal(["catalog-docdb", "sessions-docdb", "sandbox-docdb"], clusters.Select(cluster => cluster.ClusterName));
        Assert.All(clusters, cluster => Assert.Equal("ACTIVE", cluster.Status));
        Assert.All(clusters, cluster => Assert.Matches("^arn:aws:docdb-elastic:eu-central-1:111122223333:cluster/[0-9a-f]{32}$", cluster.ClusterArn));
        Assert.Equal("AWS_OWNED_KMS_KEY", clusters[1].KmsKeyId);
        Assert.Equal(clock.GetUtcNow().AddDays(-30), clusters[0].CreateTime);
    }

    [Fact]
    public void ListClusters_WhenPagedByOne_ShouldVisitEveryClusterOnce()
    {
        var first = backend.ListClusters(Scope, maxResults: 2);
        var second = backend.ListClusters(Scope, maxResults: 2, nextToken: first.NextToken);

        Assert.Equal(2, first.Clusters.Count);
        Assert.Equal("sandbox-docdb", Assert.Single(second.Clusters).ClusterName);
        Assert.Null(second.NextToken);
    }

    [Fact]
    public void ListClusters_WhenMaxResultsZero_ShouldThrowValidationException()
    {
        var error = Assert.Throws<DocDbElasticException>(() => backend.ListClusters(Scope, maxResults: 0));

        Assert.Equal("ValidationException", error.ErrorType);
        Assert.Equal("maxResults", Assert.Single(error.FieldList!).Name);
    }

    [Fact]
    public void GetCluster_WhenArnUnknown_ShouldThrowResourceNotFoundException()
    {
        const string arn = "arn:aws:docdb-elastic:eu-central-1:111122223333:cluster/00000000000000000000000000000000";

        var error = Assert.Throws<DocDbElasticException>(() => backend.GetCluster(Scope, arn));

        Assert.Equal("ResourceNotFoundException", error.ErrorType);
        Assert.Equal(404, error.HttpStatusCode);
        Assert.Equal(arn, error.ResourceId);
        Assert.Equal("cluster", error.ResourceType);
    }

    [Fact]
    public void ListClusterSnapshots_WhenSeeded_ShouldHaveThreeDailyAutomatedSnapshotsPerCluster()
    {
        var catalog = CatalogArn();

        var automated = backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { ClusterArn = catalog, SnapshotType = "automated" }).Snapshots;

        Assert.Equal(
            ["catalog-docdb-automated-2025-12-29-12-00", "catalog-docdb-automated-2025-12-30-12-00", "catalog-docdb-automated-2025-12-31-12-00"],
            automated.Select(snapshot => snapshot.SnapshotName));
        Assert.All(automated, snapshot => Assert.Equal(ElasticSnapshotTypes.Automated, snapshot.SnapshotType));
        Assert.All(automated, snapshot => Assert.Equal(catalog, snapshot.ClusterArn));
        Assert.Equal(9, backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest()).Snapshots.Count);
    }

    [Fact]
    public void ListClusterSnapshots_WhenSnapshotTypeInvalid_ShouldThrowValidationException()
    {
        var error = Assert.Throws<DocDbElasticException>(() => backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { SnapshotType = "weekly" }));

        Assert.Equal("fieldValidationFailed", error.Reason);
        Assert.Equal("snapshotType", Assert.Single(error.FieldList!).Name);
    }

    [Theory]
    [InlineData(19)]
    [InlineData(101)]
    public void ListClusterSnapshots_WhenMaxResultsOutOfRange_ShouldThrowValidationException(int maxResults)
    {
        var error = Assert.Throws<DocDbElasticException>(() => backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { MaxResults = maxResults }));

        Assert.Equal("ValidationException", error.ErrorType);
    }

    [Fact]
    public void ListClusterSnapshots_WhenPagedByTwenty_ShouldVisitEverySnapshotOnce()
    {
        var source = LatestAutomatedArn();
        for (var index = 0; index < 25; index++)
        {
            Copy(source, $"copy-{index}");
        }

        var first = backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { MaxResults = 20 });
        var second = backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { MaxResults = 20, NextToken = first.NextToken });
        var manual = backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { SnapshotType = "MANUAL" });

        Assert.Equal(20, first.Snapshots.Count);
        Assert.Equal(14, second.Snapshots.Count);
        Assert.Null(second.NextToken);
        Assert.Equal(34, first.Snapshots.Concat(second.Snapshots).Select(snapshot => snapshot.SnapshotArn).Distinct().Count());
        Assert.Equal(25, manual.Snapshots.Count);
    }

    [Fact]
    public void ListClusterSnapshots_WhenNextTokenForged_ShouldThrowValidationException()
    {
        var error = Assert.Throws<DocDbElasticException>(() => backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { NextToken = "forged" }));

        Assert.Equal("nextToken", Assert.Single(error.FieldList!).Name);
    }

    [Fact]
    public void CopyClusterSnapshot_WhenSourceAutomated_ShouldCreateManualCopyCreatingUntilTransitionCompletes()
    {
        var source = backend.GetClusterSnapshot(Scope, LatestAutomatedArn());

        var copy = backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = source.SnapshotArn, TargetSnapshotName = "Nightly-Copy" });
        clock.Advance(TimeSpan.FromSeconds(89));
        var stillCreating = backend.GetClusterSnapshot(Scope, copy.SnapshotArn).Status;
        clock.Advance(TimeSpan.FromSeconds(1));
        var settled = backend.GetClusterSnapshot(Scope, copy.SnapshotArn).Status;

        Assert.Equal("nightly-copy", copy.SnapshotName);
        Assert.Equal(ElasticSnapshotTypes.Manual, copy.SnapshotType);
        Assert.Equal(ElasticStatuses.Creating, copy.Status);
        Assert.Equal(source.ClusterArn, copy.ClusterArn);
        Assert.Equal(source.KmsKeyId, copy.KmsKeyId);
        Assert.Equal(clock.GetUtcNow().AddSeconds(-90), copy.SnapshotCreationTime);
        Assert.Matches("^arn:aws:docdb-elastic:eu-central-1:111122223333:cluster-snapshot/[0-9a-f]{32}$", copy.SnapshotArn);
        Assert.Equal(ElasticStatuses.Creating, stillCreating);
        Assert.Equal(ElasticStatuses.Active, settled);
    }

    [Fact]
    public void CopyClusterSnapshot_WhenCopyTagsAndTags_ShouldMergeWithRequestTagsWinning()
    {
        var first = Copy(LatestAutomatedArn(), "first", tags: new Dictionary<string, string> { ["owner"] = "storageops", ["retention"] = "7" });
        clock.Advance(TimeSpan.FromMinutes(5));

        var second = backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest
        {
            SnapshotArn = first.SnapshotArn,
            TargetSnapshotName = "second",
            CopyTags = true,
            Tags = new Dictionary<string, string> { ["retention"] = "30" },
        });

        Assert.Equal(
            new Dictionary<string, string> { ["owner"] = "storageops", ["retention"] = "30" },
            backend.ListTagsForResource(Scope, second.SnapshotArn));
    }

    [Fact]
    public void CopyClusterSnapshot_WhenDefaultOptions_ShouldNotBeActiveAtOnce()
    {
        var defaults = new DocDbElasticBackend(new SimulatorOptions { TimeProvider = clock });
        var source = defaults.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest()).Snapshots[0].SnapshotArn;

        var copy = defaults.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = source, TargetSnapshotName = "copy" });

        Assert.Equal(ElasticStatuses.Creating, defaults.GetClusterSnapshot(Scope, copy.SnapshotArn).Status);
    }

    [Theory]
    [InlineData("1starts-with-digit")]
    [InlineData("ends-with-hyphen-")]
    [InlineData("double--hyphen")]
    [InlineData("under_score")]
    [InlineData("")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void CopyClusterSnapshot_WhenTargetNameInvalid_ShouldThrowValidationExceptionForTargetSnapshotName(string name)
    {
        var error = Assert.Throws<DocDbElasticException>(() => Copy(LatestAutomatedArn(), name));

        Assert.Equal("ValidationException", error.ErrorType);
        Assert.Equal(400, error.HttpStatusCode);
        Assert.Equal("fieldValidationFailed", error.Reason);
        Assert.Equal("targetSnapshotName", Assert.Single(error.FieldList!).Name);
    }

    [Fact]
    public void CopyClusterSnapshot_WhenNameSixtyThreeCharacters_ShouldBeAccepted()
    {
        var name = "a" + new string('b', 62);

        Assert.Equal(name, Copy(LatestAutomatedArn(), name).SnapshotName);
    }

    [Fact]
    public void CopyClusterSnapshot_WhenNameTakenInAnyCase_ShouldThrowConflictExceptionNamingTheHolder()
    {
        var taken = Copy(LatestAutomatedArn(), "nightly");

        var error = Assert.Throws<DocDbElasticException>(() => Copy(LatestAutomatedArn(), "NIGHTLY"));

        Assert.Equal("ConflictException", error.ErrorType);
        Assert.Equal(409, error.HttpStatusCode);
        Assert.Equal(taken.SnapshotArn, error.ResourceId);
        Assert.Equal("snapshot", error.ResourceType);
    }

    [Fact]
    public void CopyClusterSnapshot_WhenKmsKeyOnAwsOwnedKeySource_ShouldThrowValidationExceptionForKmsKeyId()
    {
        var sessions = backend.ListClusters(Scope).Clusters.Single(cluster => cluster.ClusterName == "sessions-docdb").ClusterArn;
        var source = backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { ClusterArn = sessions }).Snapshots[0].SnapshotArn;

        var error = Assert.Throws<DocDbElasticException>(() => backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest
        {
            SnapshotArn = source,
            TargetSnapshotName = "rekeyed",
            KmsKeyId = "alias/storageops",
        }));

        Assert.Equal("kmsKeyId", Assert.Single(error.FieldList!).Name);
    }

    [Fact]
    public void CopyClusterSnapshot_WhenKmsKeyOnCustomerKeySource_ShouldReencryptWithThatKey()
    {
        var copy = backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest
        {
            SnapshotArn = LatestAutomatedArn(),
            TargetSnapshotName = "rekeyed",
            KmsKeyId = "1234abcd-12ab-34cd-56ef-1234567890ab",
        });

        Assert.Equal("arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", copy.KmsKeyId);
    }

    [Fact]
    public void CopyClusterSnapshot_WhenSourceUnknown_ShouldThrowResourceNotFoundException()
    {
        var error = Assert.Throws<DocDbElasticException>(() => Copy("arn:aws:docdb-elastic:eu-central-1:111122223333:cluster-snapshot/nope", "copy"));

        Assert.Equal("ResourceNotFoundException", error.ErrorType);
        Assert.Equal("snapshot", error.ResourceType);
    }

    [Fact]
    public void CopyClusterSnapshot_WhenSourceStillCreating_ShouldThrowConflictException()
    {
        var creating = Copy(LatestAutomatedArn(), "first");

        var error = Assert.Throws<DocDbElasticException>(() => Copy(creating.SnapshotArn, "second"));

        Assert.Equal("ConflictException", error.ErrorType);
    }

    [Fact]
    public void DeleteClusterSnapshot_WhenActiveManual_ShouldReturnItDeletingAndForgetIt()
    {
        var copy = Copy(LatestAutomatedArn(), "doomed");
        clock.Advance(TimeSpan.FromMinutes(2));

        var deleted = backend.DeleteClusterSnapshot(Scope, copy.SnapshotArn);

        Assert.Equal(ElasticStatuses.Deleting, deleted.Status);
        Assert.Equal("ResourceNotFoundException", Assert.Throws<DocDbElasticException>(() => backend.GetClusterSnapshot(Scope, copy.SnapshotArn)).ErrorType);
        Assert.Equal("doomed", Copy(LatestAutomatedArn(), "doomed").SnapshotName);
    }

    [Fact]
    public void DeleteClusterSnapshot_WhenCreating_ShouldThrowConflictException()
    {
        var copy = Copy(LatestAutomatedArn(), "pending");

        Assert.Equal("ConflictException", Assert.Throws<DocDbElasticException>(() => backend.DeleteClusterSnapshot(Scope, copy.SnapshotArn)).ErrorType);
    }

    [Fact]
    public void DeleteClusterSnapshot_WhenAutomated_ShouldThrowValidationException()
    {
        Assert.Equal("ValidationException", Assert.Throws<DocDbElasticException>(() => backend.DeleteClusterSnapshot(Scope, LatestAutomatedArn())).ErrorType);
    }

    [Fact]
    public void TagResource_WhenClusterArn_ShouldAddReplaceAndUntag()
    {
        var catalog = CatalogArn();

        backend.TagResource(Scope, catalog, new Dictionary<string, string> { ["team"] = "search", ["tier"] = "gold" });
        backend.UntagResource(Scope, catalog, ["tier", "absent"]);

        Assert.Equal(
            new Dictionary<string, string> { ["storageops:snapshot"] = "nightly", ["team"] = "search" },
            backend.ListTagsForResource(Scope, catalog));
    }

    [Fact]
    public void TagResource_WhenKeyReservedOrResourceUnknown_ShouldThrow()
    {
        var reserved = Assert.Throws<DocDbElasticException>(() => backend.TagResource(Scope, CatalogArn(), new Dictionary<string, string> { ["aws:owner"] = "x" }));
        var unknown = Assert.Throws<DocDbElasticException>(() => backend.ListTagsForResource(Scope, "arn:aws:docdb-elastic:eu-central-1:111122223333:cluster/nope"));

        Assert.Equal("ValidationException", reserved.ErrorType);
        Assert.Equal("ResourceNotFoundException", unknown.ErrorType);
    }

    [Fact]
    public void GetClusterSnapshot_WhenArnOfAnotherRegion_ShouldFindItThere()
    {
        var elsewhere = Scope with { Region = "us-east-2" };
        var snapshot = backend.ListClusterSnapshots(elsewhere, new ListClusterSnapshotsRequest()).Snapshots[0];

        Assert.Equal(snapshot.SnapshotName, backend.GetClusterSnapshot(Scope, snapshot.SnapshotArn).SnapshotName);
    }

    private string CatalogArn() => backend.ListClusters(Scope).Clusters.Single(cluster => cluster.ClusterName == "catalog-docdb").ClusterArn;

    [Theory]
    [InlineData("alias/storageops")]
    [InlineData("arn:aws:kms:eu-central-1:111122223333:alias/storageops")]
    public void CopyClusterSnapshot_WhenKmsKeyIsAnAlias_ShouldRecordTheKeyArnItNames(string kmsKeyId)
    {
        var copy = backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = LatestAutomatedArn(), TargetSnapshotName = "rekeyed", KmsKeyId = kmsKeyId });

        Assert.Equal("arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", copy.KmsKeyId);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("alias/mykey")]
    public void CopyClusterSnapshot_WhenKmsKeyIsUnknown_ShouldThrowValidationExceptionForKmsKeyId(string kmsKeyId)
    {
        var error = Assert.Throws<DocDbElasticException>(() => backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = LatestAutomatedArn(), TargetSnapshotName = "rekeyed", KmsKeyId = kmsKeyId }));

        Assert.Equal("ValidationException", error.ErrorType);
        Assert.Equal("kmsKeyId", Assert.Single(error.FieldList!).Name);
        Assert.DoesNotContain(backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest()).Snapshots, snapshot => snapshot.SnapshotName == "rekeyed");
    }

    [Fact]
    public void CopyClusterSnapshot_WhenATagKeyStartsWithAws_ShouldThrowValidationExceptionForTagsAndCopyNothing()
    {
        var error = Assert.Throws<DocDbElasticException>(() => Copy(LatestAutomatedArn(), "reserved-tags", new Dictionary<string, string> { ["aws:owner"] = "x" }));

        Assert.Equal("ValidationException", error.ErrorType);
        Assert.Equal("tags", Assert.Single(error.FieldList!).Name);
        Assert.DoesNotContain(backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest()).Snapshots, snapshot => snapshot.SnapshotName == "reserved-tags");
    }

    private string LatestAutomatedArn() =>
        backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { ClusterArn = CatalogArn(), SnapshotType = "automated" }).Snapshots[^1].SnapshotArn;

    private ElasticClusterSnapshotDescription Copy(string source, string name, IReadOnlyDictionary<string, string>? tags = null) =>
        backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = source, TargetSnapshotName = name, Tags = tags });
}
