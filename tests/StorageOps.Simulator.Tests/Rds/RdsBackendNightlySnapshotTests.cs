using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Kms;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Rds;

/// <summary>What the nightly snapshot functions rely on in RDS: paging with tags, per-cluster manual listings, the quota, states.</summary>
public sealed class RdsBackendNightlySnapshotTests
{
    private static readonly AccountRegion Scope = new("123456789012", "eu-west-1");

    private readonly ManualTimeProvider clock = new();

    [Fact]
    public void DescribeDBClusters_WhenPagedByTwenty_ShouldVisitEveryClusterOnceWithItsTagList()
    {
        var backend = NewBackend(Fleet(45));
        var seen = new List<DBClusterDescription>();
        string? marker = null;
        var pages = 0;

        do
        {
            var page = backend.DescribeDBClusters(Scope, new DescribeDBClustersRequest { MaxRecords = 20, Marker = marker });
            seen.AddRange(page.DBClusters);
            marker = page.Marker;
            pages++;
        }
        while (marker is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 45).Select(index => $"cluster-{index:D5}"), seen.Select(cluster => cluster.DBClusterIdentifier));
        Assert.All(seen, cluster => Assert.Equal([new RdsTag("storageops:snapshot", "nightly"), new RdsTag("team", cluster.DBClusterIdentifier)], cluster.TagList));
    }

    [Theory]
    [InlineData(19)]
    [InlineData(101)]
    public void DescribeDBClusters_WhenMaxRecordsOutsideTwentyToHundred_ShouldThrowInvalidParameterValue(int maxRecords)
    {
        var error = Assert.Throws<RdsException>(() => NewBackend().DescribeDBClusters(Scope, new DescribeDBClustersRequest { MaxRecords = maxRecords }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenClusterAndManualTypePagedByTwenty_ShouldListOnlyThatClustersManualSnapshotsWithTags()
    {
        var backend = NewBackend(Fleet(2));
        for (var index = 0; index < 45; index++)
        {
            backend.CreateDBClusterSnapshot(Scope, Create($"a-{index:D2}", "cluster-00000", new RdsTag("storageops:managed-by", "storageops")));
            if (index % 9 == 0)
            {
                backend.CreateDBClusterSnapshot(Scope, Create($"b-{index:D2}", "cluster-00001"));
            }
        }

        var seen = new List<DBClusterSnapshotDescription>();
        string? marker = null;
        do
        {
            var page = backend.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { DBClusterIdentifier = "cluster-00000", SnapshotType = "manual", MaxRecords = 20, Marker = marker });
            Assert.True(page.DBClusterSnapshots.Count <= 20);
            seen.AddRange(page.DBClusterSnapshots);
            marker = page.Marker;
        }
        while (marker is not null);

        Assert.Equal(Enumerable.Range(0, 45).Select(index => $"a-{index:D2}"), seen.Select(snapshot => snapshot.DBClusterSnapshotIdentifier));
        Assert.All(seen, snapshot => Assert.Equal([new RdsTag("storageops:managed-by", "storageops")], snapshot.TagList));
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenClusterGivenByArn_ShouldListThatClustersSnapshots()
    {
        var backend = NewBackend(Fleet(2));
        backend.CreateDBClusterSnapshot(Scope, Create("mine", "cluster-00001"));

        var listed = backend.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { DBClusterIdentifier = "arn:aws:rds:eu-west-1:123456789012:cluster:cluster-00001", SnapshotType = "manual" });

        Assert.Equal("mine", Assert.Single(listed.DBClusterSnapshots).DBClusterSnapshotIdentifier);
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhileCreating_ShouldReportPercentProgressRisingToAvailable()
    {
        var backend = NewBackend(Fleet(1), options => options with { DBClusterSnapshotCreation = LifecycleTransition.AfterSeconds(240) });
        backend.CreateDBClusterSnapshot(Scope, Create("storageops-cluster-00000-20261201", "cluster-00000"));
        var seen = new List<(string Status, int Percent)>();

        for (var minute = 0; minute <= 4; minute++)
        {
            var snapshot = backend.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = "storageops-cluster-00000-20261201" }).DBClusterSnapshots.Single();
            seen.Add((snapshot.Status, snapshot.PercentProgress));
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([("creating", 0), ("creating", 25), ("creating", 50), ("creating", 75), ("available", 100)], seen);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenQuotaConfigured_ShouldCountEveryManualSnapshotOfTheRegionIncludingCopiesAndCreatingOnes()
    {
        var backend = NewBackend(Fleet(2), options => options with { ManualClusterSnapshotQuota = 3 });
        backend.CreateDBClusterSnapshot(Scope, Create("not-ours", "cluster-00000"));
        var automated = backend.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { SnapshotType = "automated" }).DBClusterSnapshots[0];
        backend.CopyDBClusterSnapshot(Scope, new CopyDBClusterSnapshotRequest { SourceDBClusterSnapshotIdentifier = automated.DBClusterSnapshotIdentifier, TargetDBClusterSnapshotIdentifier = "a-copy" });
        backend.CreateDBClusterSnapshot(Scope, Create("other-cluster", "cluster-00001"));

        var exceeded = Assert.Throws<RdsException>(() => backend.CreateDBClusterSnapshot(Scope, Create("one-too-many", "cluster-00001")));
        clock.Advance(TimeSpan.FromMinutes(5));
        backend.DeleteDBClusterSnapshot(Scope, "not-ours");
        var afterPrune = backend.CreateDBClusterSnapshot(Scope, Create("one-too-many", "cluster-00001"));

        Assert.Equal(3, backend.ManualClusterSnapshotQuota);
        Assert.Equal(("SnapshotQuotaExceeded", "Cannot create more than 3 manual snapshots"), (exceeded.ErrorCode, exceeded.Message));
        Assert.Equal("creating", afterPrune.Status);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenDefaultOptions_ShouldAllowAHundredManualSnapshots()
    {
        var backend = NewBackend(Fleet(1));

        Assert.Equal(100, backend.ManualClusterSnapshotQuota);
        Assert.Equal(100, new SimulatorOptions().ManualClusterSnapshotQuota);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenClusterStopped_ShouldThrowInvalidDBClusterStateFaultAndStoreNothing()
    {
        var backend = NewBackend(new RdsFleetSeed { Clusters = [Seed("sleepy") with { Status = DBClusterStatuses.Stopped }] });

        var error = Assert.Throws<RdsException>(() => backend.CreateDBClusterSnapshot(Scope, Create("storageops-sleepy-20261201", "sleepy")));

        Assert.Equal("InvalidDBClusterStateFault", error.ErrorCode);
        Assert.DoesNotContain(backend.PeekDBClusterSnapshots(Scope), snapshot => snapshot.SnapshotType == "manual");
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenOurIdentifierExists_ShouldThrowAlreadyExistsAndKeepTheFirstSnapshotsTags()
    {
        var backend = NewBackend(Fleet(1));
        backend.CreateDBClusterSnapshot(Scope, Create("storageops-cluster-00000-20261201", "cluster-00000", new RdsTag("storageops:managed-by", "storageops"), new RdsTag("storageops:night", "2026-12-01")));

        var error = Assert.Throws<RdsException>(() => backend.CreateDBClusterSnapshot(Scope, Create("storageops-cluster-00000-20261201", "cluster-00000")));

        Assert.Equal("DBClusterSnapshotAlreadyExistsFault", error.ErrorCode);
        var stored = backend.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = "storageops-cluster-00000-20261201" }).DBClusterSnapshots.Single();
        Assert.Equal([new RdsTag("storageops:managed-by", "storageops"), new RdsTag("storageops:night", "2026-12-01")], stored.TagList);
    }

    [Fact]
    public void DeleteDBClusterSnapshot_WhenCreating_ShouldThrowInvalidDBClusterSnapshotStateFaultAndKeepIt()
    {
        var backend = NewBackend(Fleet(1));
        backend.CreateDBClusterSnapshot(Scope, Create("young", "cluster-00000"));

        var error = Assert.Throws<RdsException>(() => backend.DeleteDBClusterSnapshot(Scope, "young"));

        Assert.Equal("InvalidDBClusterSnapshotStateFault", error.ErrorCode);
        Assert.Contains(backend.PeekDBClusterSnapshots(Scope), snapshot => snapshot.DBClusterSnapshotIdentifier == "young");
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenKmsKeyIsDisabled_ShouldThrowKMSKeyNotAccessibleFault()
    {
        var backend = NewBackend(Fleet(1), options => options with
        {
            KmsKeys = [new KmsKeySeed { KeyId = "00000000-1111-2222-3333-444444444444", Aliases = ["alias/retired"], Enabled = false }],
        });
        var automated = backend.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { SnapshotType = "automated" }).DBClusterSnapshots[0];

        var error = Assert.Throws<RdsException>(() => backend.CopyDBClusterSnapshot(Scope, new CopyDBClusterSnapshotRequest
        {
            SourceDBClusterSnapshotIdentifier = automated.DBClusterSnapshotIdentifier,
            TargetDBClusterSnapshotIdentifier = "rekeyed",
            KmsKeyId = "alias/retired",
        }));

        Assert.Equal("KMSKeyNotAccessibleFault", error.ErrorCode);
    }

    private static RdsFleetSeed Fleet(int count) => new() { Clusters = [.. Enumerable.Range(0, count).Select(index => Seed($"cluster-{index:D5}"))] };

    private static DBClusterSeed Seed(string identifier) => new()
    {
        DBClusterIdentifier = identifier,
        Engine = "aurora-postgresql",
        EngineVersion = "16.4",
        Tags = [new RdsTag("storageops:snapshot", "nightly"), new RdsTag("team", identifier)],
        AutomatedSnapshotCount = 2,
    };

    private static CreateDBClusterSnapshotRequest Create(string snapshotIdentifier, string clusterIdentifier, params RdsTag[] tags) =>
        new() { DBClusterSnapshotIdentifier = snapshotIdentifier, DBClusterIdentifier = clusterIdentifier, Tags = tags };

    private RdsBackend NewBackend(RdsFleetSeed? fleet = null, Func<SimulatorOptions, SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions { TimeProvider = clock, RdsFleet = fleet ?? RdsFleetSeed.Default, DefaultRegion = Scope.Region };
        return new RdsBackend(configure is null ? options : configure(options));
    }
}
