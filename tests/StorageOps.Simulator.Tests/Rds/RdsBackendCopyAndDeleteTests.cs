using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Kms;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Rds;

public sealed class RdsBackendCopyAndDeleteTests
{
    private static readonly AccountRegion Scope = new("111122223333", "us-west-2");

    private readonly ManualTimeProvider clock = new();
    private readonly RdsBackend backend;

    public RdsBackendCopyAndDeleteTests()
    {
        backend = new RdsBackend(new SimulatorOptions { TimeProvider = clock, DBClusterSnapshotCreation = LifecycleTransition.AfterSeconds(60) });
    }

    [Fact]
    public void DeleteDBClusterSnapshot_WhenManualAndAvailable_ShouldReturnItAndForgetIt()
    {
        CreateAvailable("nightly-1");

        var deleted = backend.DeleteDBClusterSnapshot(Scope, "nightly-1");

        Assert.Equal("nightly-1", deleted.DBClusterSnapshotIdentifier);
        Assert.Equal(DBClusterSnapshotStatuses.Available, deleted.Status);
        Assert.DoesNotContain(backend.PeekDBClusterSnapshots(Scope), snapshot => snapshot.DBClusterSnapshotIdentifier == "nightly-1");
    }

    [Fact]
    public void DeleteDBClusterSnapshot_WhenStillCreating_ShouldThrowInvalidDBClusterSnapshotStateFault()
    {
        backend.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "nightly-1", DBClusterIdentifier = "orders-aurora-pg" });

        var error = Assert.Throws<RdsException>(() => backend.DeleteDBClusterSnapshot(Scope, "nightly-1"));

        Assert.Equal("InvalidDBClusterSnapshotStateFault", error.ErrorCode);
        Assert.Equal(400, error.HttpStatusCode);
    }

    [Fact]
    public void DeleteDBClusterSnapshot_WhenAutomated_ShouldThrowInvalidDBClusterSnapshotStateFault()
    {
        var automated = backend.PeekDBClusterSnapshots(Scope).First(snapshot => snapshot.SnapshotType == SnapshotTypes.Automated);

        var error = Assert.Throws<RdsException>(() => backend.DeleteDBClusterSnapshot(Scope, automated.DBClusterSnapshotIdentifier));

        Assert.Equal("InvalidDBClusterSnapshotStateFault", error.ErrorCode);
    }

    [Fact]
    public void DeleteDBClusterSnapshot_WhenUnknown_ShouldThrowDBClusterSnapshotNotFoundFault()
    {
        var error = Assert.Throws<RdsException>(() => backend.DeleteDBClusterSnapshot(Scope, "nope"));

        Assert.Equal("DBClusterSnapshotNotFoundFault", error.ErrorCode);
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenSourceAutomated_ShouldCreateManualCopyThatSettles()
    {
        var automated = backend.PeekDBClusterSnapshots(Scope).First(snapshot => snapshot.SnapshotType == SnapshotTypes.Automated);

        var copy = backend.CopyDBClusterSnapshot(Scope, new CopyDBClusterSnapshotRequest
        {
            SourceDBClusterSnapshotIdentifier = automated.DBClusterSnapshotIdentifier,
            TargetDBClusterSnapshotIdentifier = "kept-copy",
        });
        clock.Advance(TimeSpan.FromSeconds(60));

        Assert.Equal(SnapshotTypes.Manual, copy.SnapshotType);
        Assert.Equal(DBClusterSnapshotStatuses.Copying, copy.Status);
        Assert.Equal(automated.DBClusterSnapshotArn, copy.SourceDBClusterSnapshotArn);
        Assert.Equal(automated.DBClusterIdentifier, copy.DBClusterIdentifier);
        Assert.Empty(copy.TagList);
        Assert.Equal(DBClusterSnapshotStatuses.Available, backend.PeekDBClusterSnapshots(Scope).Single(snapshot => snapshot.DBClusterSnapshotIdentifier == "kept-copy").Status);
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenCopyTagsAndTags_ShouldMergeWithRequestTagsWinning()
    {
        CreateAvailable("nightly-1", new RdsTag("owner", "storageops"), new RdsTag("retention", "7"));

        var copy = backend.CopyDBClusterSnapshot(Scope, new CopyDBClusterSnapshotRequest
        {
            SourceDBClusterSnapshotIdentifier = "nightly-1",
            TargetDBClusterSnapshotIdentifier = "nightly-1-copy",
            CopyTags = true,
            Tags = [new RdsTag("retention", "30")],
        });

        Assert.Equal([new RdsTag("owner", "storageops"), new RdsTag("retention", "30")], copy.TagList);
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenSourceArnInAnotherRegion_ShouldCopyIntoTheCallersRegion()
    {
        var source = backend.PeekDBClusterSnapshots(Scope with { Region = "eu-west-1" }).First();

        var copy = backend.CopyDBClusterSnapshot(Scope, new CopyDBClusterSnapshotRequest
        {
            SourceDBClusterSnapshotIdentifier = source.DBClusterSnapshotArn,
            TargetDBClusterSnapshotIdentifier = "from-ireland",
            KmsKeyId = "1234abcd-12ab-34cd-56ef-1234567890ab",
        });

        Assert.Equal("arn:aws:rds:us-west-2:111122223333:cluster-snapshot:from-ireland", copy.DBClusterSnapshotArn);
        Assert.Equal("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", copy.KmsKeyId);
        Assert.Equal(source.DBClusterSnapshotArn, copy.SourceDBClusterSnapshotArn);
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenSourceStillCreating_ShouldThrowInvalidDBClusterSnapshotStateFault()
    {
        backend.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "nightly-1", DBClusterIdentifier = "orders-aurora-pg" });

        var error = Assert.Throws<RdsException>(() => Copy("nightly-1", "nightly-1-copy"));

        Assert.Equal("InvalidDBClusterSnapshotStateFault", error.ErrorCode);
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenTargetTaken_ShouldThrowDBClusterSnapshotAlreadyExistsFault()
    {
        CreateAvailable("nightly-1");
        CreateAvailable("nightly-2");

        var error = Assert.Throws<RdsException>(() => Copy("nightly-1", "nightly-2"));

        Assert.Equal("DBClusterSnapshotAlreadyExistsFault", error.ErrorCode);
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenSourceUnknown_ShouldThrowDBClusterSnapshotNotFoundFault()
    {
        var error = Assert.Throws<RdsException>(() => Copy("nope", "copy"));

        Assert.Equal("DBClusterSnapshotNotFoundFault", error.ErrorCode);
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenKmsKeyForUnencryptedSource_ShouldThrowInvalidParameterCombination()
    {
        var unencrypted = backend.PeekDBClusterSnapshots(Scope).First(snapshot => snapshot.DBClusterIdentifier == "analytics-scratch-pg");

        var error = Assert.Throws<RdsException>(() => backend.CopyDBClusterSnapshot(Scope, new CopyDBClusterSnapshotRequest
        {
            SourceDBClusterSnapshotIdentifier = unencrypted.DBClusterSnapshotIdentifier,
            TargetDBClusterSnapshotIdentifier = "encrypted-copy",
            KmsKeyId = "alias/storageops",
        }));

        Assert.False(unencrypted.StorageEncrypted);
        Assert.Equal("InvalidParameterCombination", error.ErrorCode);
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenQuotaReached_ShouldThrowSnapshotQuotaExceeded()
    {
        CreateAvailable("source");
        for (var index = 1; index < SimulatorOptions.DefaultManualClusterSnapshotQuota; index++)
        {
            backend.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = $"filler-{index}", DBClusterIdentifier = "orders-aurora-pg" });
        }

        var error = Assert.Throws<RdsException>(() => Copy("source", "copy"));

        Assert.Equal("SnapshotQuotaExceeded", error.ErrorCode);
    }

    [Theory]
    [InlineData("alias/storageops")]
    [InlineData("arn:aws:kms:us-west-2:111122223333:alias/storageops")]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    public void CopyDBClusterSnapshot_WhenKmsKeyNamesAKnownKeyInAnyForm_ShouldRecordTheKeyArn(string kmsKeyId)
    {
        CreateAvailable("nightly-1");

        var copy = CopyWithKey("nightly-1", "rekeyed", kmsKeyId);

        Assert.Equal("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", copy.KmsKeyId);
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenKmsKeyIsTheAwsManagedRdsAlias_ShouldRecordAKeyArnNotAnAlias()
    {
        CreateAvailable("nightly-1");

        var copy = CopyWithKey("nightly-1", "rekeyed", "alias/aws/rds");

        Assert.Matches(@"^arn:aws:kms:us-west-2:111122223333:key/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", copy.KmsKeyId);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("alias/mykey")]
    [InlineData("arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    public void CopyDBClusterSnapshot_WhenKmsKeyIsUnknown_ShouldThrowKMSKeyNotAccessibleFaultAndCopyNothing(string kmsKeyId)
    {
        CreateAvailable("nightly-1");

        var error = Assert.Throws<RdsException>(() => CopyWithKey("nightly-1", "rekeyed", kmsKeyId));

        Assert.Equal("KMSKeyNotAccessibleFault", error.ErrorCode);
        Assert.Equal(400, error.HttpStatusCode);
        Assert.DoesNotContain(backend.PeekDBClusterSnapshots(Scope), snapshot => snapshot.DBClusterSnapshotIdentifier == "rekeyed");
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenKmsKeyIsSeededForTheRegion_ShouldResolveItsAlias()
    {
        var seeded = new RdsBackend(new SimulatorOptions
        {
            TimeProvider = clock,
            DBClusterSnapshotCreation = LifecycleTransition.AfterSeconds(60),
            KmsKeys = [new KmsKeySeed { KeyId = "0987dcba-09fe-87dc-65ba-ab0987654321", Aliases = ["alias/mykey"], Region = "us-west-2" }],
        });
        var source = seeded.PeekDBClusterSnapshots(Scope).First(snapshot => snapshot.StorageEncrypted);

        var copy = seeded.CopyDBClusterSnapshot(Scope, new CopyDBClusterSnapshotRequest { SourceDBClusterSnapshotIdentifier = source.DBClusterSnapshotIdentifier, TargetDBClusterSnapshotIdentifier = "rekeyed", KmsKeyId = "alias/mykey" });

        Assert.Equal("arn:aws:kms:us-west-2:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321", copy.KmsKeyId);
        Assert.Throws<RdsException>(() => seeded.CopyDBClusterSnapshot(Scope with { Region = "eu-west-1" }, new CopyDBClusterSnapshotRequest { SourceDBClusterSnapshotIdentifier = source.DBClusterSnapshotArn, TargetDBClusterSnapshotIdentifier = "rekeyed", KmsKeyId = "alias/mykey" }));
    }

    [Fact]
    public void CopyDBClusterSnapshot_WhenATagKeyStartsWithRds_ShouldThrowInvalidParameterValue()
    {
        CreateAvailable("nightly-1");

        var error = Assert.Throws<RdsException>(() => backend.CopyDBClusterSnapshot(Scope, new CopyDBClusterSnapshotRequest
        {
            SourceDBClusterSnapshotIdentifier = "nightly-1",
            TargetDBClusterSnapshotIdentifier = "tagged-copy",
            Tags = [new RdsTag("rds:owner", "x")],
        }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    private DBClusterSnapshotDescription CopyWithKey(string source, string target, string kmsKeyId) =>
        backend.CopyDBClusterSnapshot(Scope, new CopyDBClusterSnapshotRequest { SourceDBClusterSnapshotIdentifier = source, TargetDBClusterSnapshotIdentifier = target, KmsKeyId = kmsKeyId });

    private DBClusterSnapshotDescription Copy(string source, string target) =>
        backend.CopyDBClusterSnapshot(Scope, new CopyDBClusterSnapshotRequest { SourceDBClusterSnapshotIdentifier = source, TargetDBClusterSnapshotIdentifier = target });

    private void CreateAvailable(string identifier, params RdsTag[] tags)
    {
        backend.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = identifier, DBClusterIdentifier = "orders-aurora-pg", Tags = tags });
        clock.Advance(TimeSpan.FromSeconds(60));
    }
}
