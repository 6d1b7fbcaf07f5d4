using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Kms;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.DocDbElastic;

/// <summary>What the nightly copy functions rely on in DocumentDB Elastic: paging, per-cluster listings, tags, KMS, copy states.</summary>
public sealed class DocDbElasticBackendNightlySnapshotTests
{
    private static readonly AccountRegion Scope = new("123456789012", "eu-west-1");

    private readonly ManualTimeProvider clock = new();

    [Fact]
    public void ListClusters_WhenPagedByTwo_ShouldVisitEveryClusterOnce()
    {
        var backend = NewBackend(Fleet(5));
        var seen = new List<string>();
        string? token = null;

        do
        {
            var page = backend.ListClusters(Scope, maxResults: 2, nextToken: token);
            seen.AddRange(page.Clusters.Select(cluster => cluster.ClusterName));
            token = page.NextToken;
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 5).Select(index => $"elastic-{index}"), seen);
    }

    [Fact]
    public void ListTagsForResource_WhenClusterOrCopy_ShouldListEachOnesTags()
    {
        var backend = NewBackend(Fleet(1));
        var cluster = backend.ListClusters(Scope).Clusters[0];
        var copy = backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest
        {
            SnapshotArn = NewestAutomated(backend, cluster.ClusterArn).SnapshotArn,
            TargetSnapshotName = "storageops-elastic-0-20261201",
            CopyTags = true,
            Tags = new Dictionary<string, string> { ["storageops:managed-by"] = "storageops", ["storageops:night"] = "2026-12-01" },
        });

        Assert.Equal(new Dictionary<string, string> { ["storageops:snapshot"] = "nightly", ["team"] = "elastic-0" }, backend.ListTagsForResource(Scope, cluster.ClusterArn));
        Assert.Equal(new Dictionary<string, string> { ["storageops:managed-by"] = "storageops", ["storageops:night"] = "2026-12-01" }, backend.ListTagsForResource(Scope, copy.SnapshotArn));
    }

    [Theory]
    [InlineData("automated")]
    [InlineData("AUTOMATED")]
    public void ListClusterSnapshots_WhenClusterArnAndType_ShouldListOnlyThatClustersSnapshotsOfThatType(string snapshotType)
    {
        var backend = NewBackend(Fleet(3));
        var cluster = backend.ListClusters(Scope).Clusters[1];
        backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = NewestAutomated(backend, cluster.ClusterArn).SnapshotArn, TargetSnapshotName = "manual-one" });

        var listed = backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { ClusterArn = cluster.ClusterArn, SnapshotType = snapshotType }).Snapshots;

        Assert.Equal(3, listed.Count);
        Assert.All(listed, snapshot => Assert.Equal((cluster.ClusterArn, "AUTOMATED"), (snapshot.ClusterArn, snapshot.SnapshotType)));
    }

    [Fact]
    public void ListClusterSnapshots_WhenManualCopiesPagedByTwenty_ShouldVisitEachOnceInCreationOrder()
    {
        var backend = NewBackend(Fleet(2));
        var clusters = backend.ListClusters(Scope).Clusters;
        var source = NewestAutomated(backend, clusters[0].ClusterArn).SnapshotArn;
        var other = NewestAutomated(backend, clusters[1].ClusterArn).SnapshotArn;
        for (var index = 0; index < 45; index++)
        {
            backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = source, TargetSnapshotName = $"copy-{index:D2}" });
            backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = other, TargetSnapshotName = $"other-{index:D2}" });
        }

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { ClusterArn = clusters[0].ClusterArn, SnapshotType = "manual", MaxResults = 20, NextToken = token });
            seen.AddRange(page.Snapshots.Select(snapshot => snapshot.SnapshotName));
            token = page.NextToken;
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 45).Select(index => $"copy-{index:D2}"), seen);
    }

    [Fact]
    public void GetClusterSnapshot_WhenCopyTransitionTakesMinutes_ShouldBeCreatingThenActive()
    {
        var backend = NewBackend(Fleet(1), options => options with { ElasticClusterSnapshotCopy = LifecycleTransition.AfterSeconds(180) });
        var cluster = backend.ListClusters(Scope).Clusters[0];
        var copy = backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = NewestAutomated(backend, cluster.ClusterArn).SnapshotArn, TargetSnapshotName = "copy" });

        clock.Advance(TimeSpan.FromSeconds(179));
        var during = backend.GetClusterSnapshot(Scope, copy.SnapshotArn).Status;
        clock.Advance(TimeSpan.FromSeconds(1));
        var after = backend.GetClusterSnapshot(Scope, copy.SnapshotArn).Status;

        Assert.Equal(("CREATING", "CREATING", "ACTIVE"), (copy.Status, during, after));
    }

    [Fact]
    public void CopyClusterSnapshot_WhenAForcedStateRuleMatchesTheName_ShouldEndInThatTerminalStatus()
    {
        var backend = NewBackend(Fleet(1), options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "docdb-elastic", Resource = "storageops-*", ForcedState = "FAILED" }] },
        });
        var cluster = backend.ListClusters(Scope).Clusters[0];
        var source = NewestAutomated(backend, cluster.ClusterArn).SnapshotArn;
        var broken = backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = source, TargetSnapshotName = "storageops-elastic-0-20261201" });
        var healthy = backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = source, TargetSnapshotName = "someone-elses" });

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal("FAILED", backend.GetClusterSnapshot(Scope, broken.SnapshotArn).Status);
        Assert.Equal("ACTIVE", backend.GetClusterSnapshot(Scope, healthy.SnapshotArn).Status);
    }

    [Fact]
    public void CopyClusterSnapshot_WhenOurNameExists_ShouldThrowConflictExceptionNamingTheExistingCopy()
    {
        var backend = NewBackend(Fleet(1));
        var cluster = backend.ListClusters(Scope).Clusters[0];
        var source = NewestAutomated(backend, cluster.ClusterArn).SnapshotArn;
        var first = backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = source, TargetSnapshotName = "storageops-elastic-0-20261201" });

        var error = Assert.Throws<DocDbElasticException>(() => backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = source, TargetSnapshotName = "storageops-elastic-0-20261201" }));

        Assert.Equal(("ConflictException", 409, first.SnapshotArn), (error.ErrorType, error.HttpStatusCode, error.ResourceId));
    }

    [Fact]
    public void CopyClusterSnapshot_WhenKmsKeyIsDisabled_ShouldThrowValidationExceptionForKmsKeyIdAndCopyNothing()
    {
        var backend = NewBackend(Fleet(1), options => options with
        {
            KmsKeys = [new KmsKeySeed { KeyId = "00000000-1111-2222-3333-444444444444", Aliases = ["alias/retired"], Enabled = false }],
        });
        var cluster = backend.ListClusters(Scope).Clusters[0];

        var error = Assert.Throws<DocDbElasticException>(() => backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest
        {
            SnapshotArn = NewestAutomated(backend, cluster.ClusterArn).SnapshotArn,
            TargetSnapshotName = "rekeyed",
            KmsKeyId = "alias/retired",
        }));

        Assert.Equal("ValidationException", error.ErrorType);
        Assert.Equal("kmsKeyId", Assert.Single(error.FieldList!).Name);
        Assert.Contains("disabled", error.Message, StringComparison.Ordinal);
        Assert.Empty(backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { SnapshotType = "manual" }).Snapshots);
    }

    [Fact]
    public void CopyClusterSnapshot_WhenSourceOnAwsOwnedKeyAndKmsKeyGiven_ShouldThrowValidationException()
    {
        var backend = NewBackend(new DocDbElasticFleetSeed { Clusters = [Seed("plain") with { CustomerManagedEncryption = false }] });
        var cluster = backend.ListClusters(Scope).Clusters[0];

        var error = Assert.Throws<DocDbElasticException>(() => backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest
        {
            SnapshotArn = NewestAutomated(backend, cluster.ClusterArn).SnapshotArn,
            TargetSnapshotName = "rekeyed",
            KmsKeyId = "alias/storageops",
        }));

        Assert.Equal(("ValidationException", "kmsKeyId"), (error.ErrorType, Assert.Single(error.FieldList!).Name));
    }

    [Fact]
    public void DeleteClusterSnapshot_WhenActiveCopy_ShouldRemoveItFromTheClustersListing()
    {
        var backend = NewBackend(Fleet(1));
        var cluster = backend.ListClusters(Scope).Clusters[0];
        var copy = backend.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = NewestAutomated(backend, cluster.ClusterArn).SnapshotArn, TargetSnapshotName = "old" });
        clock.Advance(TimeSpan.FromMinutes(5));

        var deleted = backend.DeleteClusterSnapshot(Scope, copy.SnapshotArn);

        Assert.Equal("DELETING", deleted.Status);
        Assert.Empty(backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { ClusterArn = cluster.ClusterArn, SnapshotType = "manual" }).Snapshots);
        Assert.Equal("ResourceNotFoundException", Assert.Throws<DocDbElasticException>(() => backend.GetClusterSnapshot(Scope, copy.SnapshotArn)).ErrorType);
    }

    private static DocDbElasticFleetSeed Fleet(int count) => new() { Clusters = [.. Enumerable.Range(0, count).Select(index => Seed($"elastic-{index}"))] };

    private static ElasticClusterSeed Seed(string name) => new()
    {
        ClusterName = name,
        Tags = new Dictionary<string, string> { ["storageops:snapshot"] = "nightly", ["team"] = name },
    };

    private static ElasticClusterSnapshotDescription NewestAutomated(DocDbElasticBackend backend, string clusterArn) =>
        backend.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { ClusterArn = clusterArn, SnapshotType = "automated" }).Snapshots.MaxBy(snapshot => snapshot.SnapshotCreationTime)!;

    private DocDbElasticBackend NewBackend(DocDbElasticFleetSeed fleet, Func<SimulatorOptions, SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions { TimeProvider = clock, DocDbElasticFleet = fleet, DefaultRegion = Scope.Region };
        return new DocDbElasticBackend(configure is null ? options : configure(options));
    }
}
