using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Efs;

public sealed class EfsBackendCreateFileSystemTests
{
    private readonly ManualTimeProvider clock = new();
    private readonly EfsBackend backend;

    public EfsBackendCreateFileSystemTests() =>
        backend = new EfsBackend(new SimulatorOptions { TimeProvider = clock, AccountId = "111122223333", DefaultRegion = "eu-west-1" });

    [Fact]
    public void CreateFileSystem_WhenOnlyTokenGiven_ShouldDescribeNewFileSystemWithDefaults()
    {
        var created = backend.CreateFileSystem(new CreateFileSystemRequest { CreationToken = "request-1" });

        Assert.Matches("^fs-[0-9a-f]{17}$", created.FileSystemId);
        Assert.Equal($"arn:aws:elasticfilesystem:eu-west-1:111122223333:file-system/{created.FileSystemId}", created.FileSystemArn);
        Assert.Equal("111122223333", created.OwnerId);
        Assert.Equal("request-1", created.CreationToken);
        Assert.Equal(clock.GetUtcNow(), created.CreationTime);
        Assert.Equal("creating", created.LifeCycleState);
        Assert.Null(created.Name);
        Assert.Equal(0, created.NumberOfMountTargets);
        Assert.Equal(new FileSystemSize(6144, 0, 6144, 0), created.SizeInBytes);
        Assert.Equal("generalPurpose", created.PerformanceMode);
        Assert.False(created.Encrypted);
        Assert.Null(created.KmsKeyId);
        Assert.Equal("bursting", created.ThroughputMode);
        Assert.Null(created.ProvisionedThroughputInMibps);
        Assert.Empty(created.Tags);
        Assert.Equal("ENABLED", created.ReplicationOverwriteProtection);
    }

    [Fact]
    public void CreateFileSystem_WhenEveryMemberGiven_ShouldKeepThem()
    {
        var created = backend.CreateFileSystem(new CreateFileSystemRequest
        {
            CreationToken = "request-2",
            PerformanceMode = "generalPurpose",
            Encrypted = true,
            KmsKeyId = "1234abcd-12ab-34cd-56ef-1234567890ab",
            ThroughputMode = "provisioned",
            ProvisionedThroughputInMibps = 128,
            AvailabilityZoneName = "eu-west-1b",
            Backup = true,
            Tags = [new EfsTag("Name", "shared-data"), new EfsTag("team", "storage")],
        });

        Assert.Equal("shared-data", created.Name);
        Assert.True(created.Encrypted);
        Assert.Equal("arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", created.KmsKeyId);
        Assert.Equal("provisioned", created.ThroughputMode);
        Assert.Equal(128, created.ProvisionedThroughputInMibps);
        Assert.Equal("eu-west-1b", created.AvailabilityZoneName);
        Assert.Equal("euw1-az2", created.AvailabilityZoneId);
        Assert.Equal([new EfsTag("Name", "shared-data"), new EfsTag("team", "storage")], created.Tags);
    }

    [Fact]
    public void CreateFileSystem_WhenEncryptedWithoutKey_ShouldUseTheEfsManagedKey()
    {
        var created = backend.CreateFileSystem(new CreateFileSystemRequest { CreationToken = "encrypted", Encrypted = true });

        Assert.Matches("^arn:aws:kms:eu-west-1:111122223333:key/[0-9a-f-]{36}$", created.KmsKeyId);
    }

    [Fact]
    public void CreateFileSystem_WhenElasticThroughput_ShouldAcceptIt()
    {
        var created = backend.CreateFileSystem(new CreateFileSystemRequest { CreationToken = "elastic", ThroughputMode = "elastic" });

        Assert.Equal("elastic", created.ThroughputMode);
    }

    [Fact]
    public void CreateFileSystem_WhenTokenAlreadyUsed_ShouldThrowFileSystemAlreadyExistsWithExistingId()
    {
        var first = backend.CreateFileSystem(new CreateFileSystemRequest { CreationToken = "same" });

        var error = Assert.Throws<EfsException>(() => backend.CreateFileSystem(new CreateFileSystemRequest { CreationToken = "same", Encrypted = true }));

        Assert.Equal("FileSystemAlreadyExists", error.ErrorCode);
        Assert.Equal(409, error.HttpStatusCode);
        Assert.Equal(first.FileSystemId, error.FileSystemId);
        Assert.Single(backend.PeekFileSystems());
    }

    [Fact]
    public void CreateFileSystem_WhenSameTokenSentConcurrently_ShouldCreateExactlyOne()
    {
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, 32, _ =>
        {
            try
            {
                outcomes.Add(backend.CreateFileSystem(new CreateFileSystemRequest { CreationToken = "racing" }).FileSystemId);
            }
            catch (EfsException error)
            {
                outcomes.Add(error.ErrorCode);
            }
        });

        var created = Assert.Single(backend.PeekFileSystems());
        Assert.Single(outcomes, outcome => outcome == created.FileSystemId);
        Assert.Equal(31, outcomes.Count(outcome => outcome == "FileSystemAlreadyExists"));
    }

    [Fact]
    public void CreateFileSystem_WhenSameTokenInAnotherRegion_ShouldCreateASecondFileSystem()
    {
        var first = backend.CreateFileSystem(new AccountRegion("111122223333", "eu-west-1"), new CreateFileSystemRequest { CreationToken = "same" });
        var second = backend.CreateFileSystem(new AccountRegion("111122223333", "us-west-2"), new CreateFileSystemRequest { CreationToken = "same" });

        Assert.NotEqual(first.FileSystemId, second.FileSystemId);
        Assert.StartsWith("arn:aws:elasticfilesystem:us-west-2:111122223333:file-system/", second.FileSystemArn, StringComparison.Ordinal);
    }

    public static TheoryData<string, CreateFileSystemRequest> InvalidRequests => new()
    {
        { "BadRequest", new CreateFileSystemRequest() },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = string.Empty } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = new string('t', 65) } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", PerformanceMode = "turbo" } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", ThroughputMode = "burstable" } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", ThroughputMode = "provisioned" } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", ProvisionedThroughputInMibps = 10 } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 0.5 } },
        { "ThroughputLimitExceeded", new CreateFileSystemRequest { CreationToken = "t", ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 4000 } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", PerformanceMode = "maxIO", ThroughputMode = "elastic" } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", PerformanceMode = "maxIO", AvailabilityZoneName = "eu-west-1a" } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", KmsKeyId = "alias/data" } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", Encrypted = true, KmsKeyId = "not a key" } },
        { "UnsupportedAvailabilityZone", new CreateFileSystemRequest { CreationToken = "t", AvailabilityZoneName = "us-east-1a" } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", Tags = [new EfsTag("aws:reserved", "x")] } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", Tags = [new EfsTag("k", "1"), new EfsTag("k", "2")] } },
        { "BadRequest", new CreateFileSystemRequest { CreationToken = "t", Tags = [.. Enumerable.Range(0, 51).Select(i => new EfsTag($"k{i}", "v"))] } },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void CreateFileSystem_WhenRequestInvalid_ShouldThrowNamedErrorAndCreateNothing(string errorCode, CreateFileSystemRequest request)
    {
        var error = Assert.Throws<EfsException>(() => backend.CreateFileSystem(request));

        Assert.Equal(errorCode, error.ErrorCode);
        Assert.Equal(400, error.HttpStatusCode);
        Assert.Empty(backend.PeekFileSystems());
    }

    [Fact]
    public void CreateFileSystem_WhenRegionHoldsTheMaximum_ShouldThrowFileSystemLimitExceeded()
    {
        for (var i = 0; i < EfsBackend.MaxFileSystemsPerRegion; i++)
        {
            backend.CreateFileSystem(new CreateFileSystemRequest { CreationToken = $"token-{i}" });
        }

        var error = Assert.Throws<EfsException>(() => backend.CreateFileSystem(new CreateFileSystemRequest { CreationToken = "one-too-many" }));

        Assert.Equal("FileSystemLimitExceeded", error.ErrorCode);
        Assert.Equal(403, error.HttpStatusCode);
    }
}
