using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Tests.TestSupport;
using static StorageOps.Simulator.Tests.TestSupport.EfsBackendScenario;

namespace StorageOps.Simulator.Tests.Efs;

public sealed class EfsBackendReplicationTests
{
    private const string DestinationRegion = "us-west-2";

    private readonly EfsBackendScenario scenario = new();

    private EfsBackend Backend => scenario.Backend;

    private AccountRegion DestinationScope => scenario.Scope with { Region = DestinationRegion };

    [Fact]
    public void CreateReplicationConfiguration_WhenNewDestination_ShouldCreateAReadOnlyFileSystemInTheDestinationRegion()
    {
        var source = scenario.CreateAvailableFileSystem("source");

        var replication = scenario.Replicate(source.FileSystemId, DestinationRegion);

        Assert.Equal(source.FileSystemId, replication.SourceFileSystemId);
        Assert.Equal(Region, replication.SourceFileSystemRegion);
        Assert.Equal(source.FileSystemArn, replication.SourceFileSystemArn);
        Assert.Equal(source.FileSystemArn, replication.OriginalSourceFileSystemArn);
        Assert.Equal(AccountId, replication.SourceFileSystemOwnerId);
        Assert.Equal(scenario.Clock.GetUtcNow(), replication.CreationTime);
        var destination = Assert.Single(replication.Destinations);
        Assert.Equal("ENABLING", destination.Status);
        Assert.Equal(DestinationRegion, destination.Region);
        Assert.Null(destination.LastReplicatedTimestamp);
        var destinationFileSystem = Assert.Single(Backend.PeekFileSystems(DestinationScope));
        Assert.Equal(destination.FileSystemId, destinationFileSystem.FileSystemId);
        Assert.StartsWith($"arn:aws:elasticfilesystem:{DestinationRegion}:{AccountId}:file-system/", destinationFileSystem.FileSystemArn, StringComparison.Ordinal);
        Assert.Equal("REPLICATING", destinationFileSystem.ReplicationOverwriteProtection);
        Assert.Equal("creating", destinationFileSystem.LifeCycleState);
        Assert.True(destinationFileSystem.Encrypted);
        Assert.Single(Backend.PeekFileSystems(scenario.Scope));
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenTransitionElapses_ShouldBeEnabledWithLastReplicatedTimestampAdvancing()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        scenario.Replicate(source.FileSystemId, DestinationRegion);
        scenario.Clock.Advance(ReplicationEnablingDelay);

        var enabled = DescribeOnly(source.FileSystemId).Destinations.Single();
        scenario.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = DescribeOnly(source.FileSystemId).Destinations.Single();

        Assert.Equal("ENABLED", enabled.Status);
        Assert.Equal(scenario.Clock.GetUtcNow() - TimeSpan.FromMinutes(5), enabled.LastReplicatedTimestamp);
        Assert.Equal(scenario.Clock.GetUtcNow(), later.LastReplicatedTimestamp);
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenTransitionCountsDescribes_ShouldBeEnabledOnThatDescribe()
    {
        var describes = new EfsBackendScenario(options => options with { ReplicationEnabling = LifecycleTransition.AfterDescribes(2) });
        var source = describes.CreateAvailableFileSystem("source");
        describes.Replicate(source.FileSystemId, DestinationRegion);
        var request = new DescribeReplicationConfigurationsRequest { FileSystemId = source.FileSystemId };

        var statuses = Enumerable.Range(0, 2)
            .Select(_ => describes.Backend.DescribeReplicationConfigurations(describes.Scope, request).Replications.Single().Destinations.Single().Status)
            .ToList();

        Assert.Equal(["ENABLING", "ENABLED"], statuses);
    }

    [Fact]
    public void DescribeReplicationConfigurations_WhenAskedInTheDestinationRegionByDestinationId_ShouldFindTheConfiguration()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        var destinationId = scenario.Replicate(source.FileSystemId, DestinationRegion).Destinations[0].FileSystemId;

        var found = Backend.DescribeReplicationConfigurations(DestinationScope, new DescribeReplicationConfigurationsRequest { FileSystemId = destinationId });

        Assert.Equal(source.FileSystemId, found.Replications.Single().SourceFileSystemId);
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenSourceAlreadyReplicated_ShouldFailWithValidationException()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        scenario.Replicate(source.FileSystemId, DestinationRegion);

        var error = AssertEfsError("ValidationException", () => scenario.Replicate(source.FileSystemId, "eu-central-1"));

        Assert.Equal(400, error.HttpStatusCode);
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenSourceIsADestination_ShouldFailWithValidationException()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        var destinationId = scenario.Replicate(source.FileSystemId, Region).Destinations[0].FileSystemId;
        scenario.Clock.Advance(FileSystemCreationDelay);

        AssertEfsError("ValidationException", () => scenario.Replicate(destinationId, DestinationRegion));
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenExistingDestinationIsASource_ShouldFailWithValidationException()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        var otherSource = scenario.CreateAvailableFileSystem("other-source");
        Backend.UpdateFileSystemProtection(scenario.Scope, otherSource.FileSystemId, "DISABLED");
        scenario.Replicate(otherSource.FileSystemId, DestinationRegion);

        AssertEfsError("ValidationException", () => ReplicateToExisting(source.FileSystemId, otherSource.FileSystemId));
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenExistingDestinationProtectionDisabled_ShouldReplicateIntoIt()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        var destination = scenario.CreateAvailableFileSystem("destination", DestinationScope);
        Backend.UpdateFileSystemProtection(DestinationScope, destination.FileSystemId, "DISABLED");

        var replication = ReplicateToExisting(source.FileSystemId, destination.FileSystemArn);

        Assert.Equal(destination.FileSystemId, replication.Destinations.Single().FileSystemId);
        Assert.Equal(DestinationRegion, replication.Destinations.Single().Region);
        Assert.Equal("REPLICATING", scenario.Describe(destination.FileSystemId, DestinationScope).ReplicationOverwriteProtection);
        Assert.Single(Backend.PeekFileSystems(DestinationScope));
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenExistingDestinationProtectionEnabled_ShouldFailWithConflictException()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        var destination = scenario.CreateAvailableFileSystem("destination");

        var error = AssertEfsError("ConflictException", () => ReplicateToExisting(source.FileSystemId, destination.FileSystemId));

        Assert.Equal(409, error.HttpStatusCode);
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenEncryptedSourceAndUnencryptedDestination_ShouldFailWithConflictException()
    {
        var source = scenario.CreateAvailableFileSystem("source", encrypted: true);
        var destination = scenario.CreateAvailableFileSystem("destination");
        Backend.UpdateFileSystemProtection(scenario.Scope, destination.FileSystemId, "DISABLED");

        AssertEfsError("ConflictException", () => ReplicateToExisting(source.FileSystemId, destination.FileSystemId));
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenReplicatingToItself_ShouldFailWithValidationException()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        Backend.UpdateFileSystemProtection(scenario.Scope, source.FileSystemId, "DISABLED");

        AssertEfsError("ValidationException", () => ReplicateToExisting(source.FileSystemId, source.FileSystemId));
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenTwoDestinations_ShouldFailWithValidationException()
    {
        var source = scenario.CreateAvailableFileSystem("source");

        AssertEfsError("ValidationException", () => Backend.CreateReplicationConfiguration(scenario.Scope, new CreateReplicationConfigurationRequest
        {
            SourceFileSystemId = source.FileSystemId,
            Destinations = [new ReplicationDestinationRequest { Region = DestinationRegion }, new ReplicationDestinationRequest { Region = "eu-central-1" }],
        }));
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenNoDestinationRegionOrZone_ShouldFailWithValidationException()
    {
        var source = scenario.CreateAvailableFileSystem("source");

        AssertEfsError("ValidationException", () => Backend.CreateReplicationConfiguration(scenario.Scope, new CreateReplicationConfigurationRequest
        {
            SourceFileSystemId = source.FileSystemId,
            Destinations = [new ReplicationDestinationRequest()],
        }));
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenOneZoneDestination_ShouldCreateItInThatZone()
    {
        var source = scenario.CreateAvailableFileSystem("source");

        var replication = Backend.CreateReplicationConfiguration(scenario.Scope, new CreateReplicationConfigurationRequest
        {
            SourceFileSystemId = source.FileSystemId,
            Destinations = [new ReplicationDestinationRequest { AvailabilityZoneName = "us-west-2b" }],
        });

        Assert.Equal(DestinationRegion, replication.Destinations[0].Region);
        Assert.Equal("us-west-2b", scenario.Describe(replication.Destinations[0].FileSystemId, DestinationScope).AvailabilityZoneName);
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenSourceStillCreating_ShouldFailWithIncorrectFileSystemLifeCycleState()
    {
        var source = scenario.CreateFileSystem("young");

        AssertEfsError("IncorrectFileSystemLifeCycleState", () => scenario.Replicate(source.FileSystemId, DestinationRegion));
    }

    [Fact]
    public void CreateReplicationConfiguration_WhenSourceOrDestinationUnknown_ShouldFailWithFileSystemNotFound()
    {
        var source = scenario.CreateAvailableFileSystem("source");

        AssertEfsError("FileSystemNotFound", () => scenario.Replicate("fs-0123456789abcdef0", DestinationRegion));
        AssertEfsError("FileSystemNotFound", () => ReplicateToExisting(source.FileSystemId, "fs-0123456789abcdef0"));
    }

    [Fact]
    public void DescribeReplicationConfigurations_WhenFileSystemHasNone_ShouldFailWithReplicationNotFound()
    {
        var lonely = scenario.CreateAvailableFileSystem("lonely");

        var error = AssertEfsError("ReplicationNotFound", () => DescribeOnly(lonely.FileSystemId));

        Assert.Equal(404, error.HttpStatusCode);
    }

    [Fact]
    public void DescribeReplicationConfigurations_WhenPaged_ShouldVisitEveryConfigurationOnce()
    {
        var sources = Enumerable.Range(0, 3).Select(index => scenario.CreateFileSystem($"source-{index}").FileSystemId).ToList();
        scenario.Clock.Advance(FileSystemCreationDelay);
        foreach (var source in sources)
        {
            scenario.Replicate(source, DestinationRegion);
        }

        var first = Backend.DescribeReplicationConfigurations(scenario.Scope, new DescribeReplicationConfigurationsRequest { MaxResults = 2 });
        var second = Backend.DescribeReplicationConfigurations(scenario.Scope, new DescribeReplicationConfigurationsRequest { MaxResults = 2, NextToken = first.NextToken });

        Assert.Equal(sources, first.Replications.Concat(second.Replications).Select(replication => replication.SourceFileSystemId));
        Assert.Null(second.NextToken);
    }

    [Fact]
    public void DeleteReplicationConfiguration_WhenDeleted_ShouldBeDeletingThenGoneWithTheDestinationWriteableAgain()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        var destinationId = scenario.Replicate(source.FileSystemId, DestinationRegion).Destinations[0].FileSystemId;
        scenario.Clock.Advance(ReplicationEnablingDelay);

        Backend.DeleteReplicationConfiguration(scenario.Scope, source.FileSystemId);

        Assert.Equal("DELETING", DescribeOnly(source.FileSystemId).Destinations.Single().Status);
        scenario.Clock.Advance(DeletionDelay);
        AssertEfsError("ReplicationNotFound", () => DescribeOnly(source.FileSystemId));
        Assert.Equal("ENABLED", scenario.Describe(destinationId, DestinationScope).ReplicationOverwriteProtection);
        Backend.DeleteFileSystem(scenario.Scope, source.FileSystemId);
        Backend.DeleteFileSystem(DestinationScope, destinationId);
    }

    [Fact]
    public void DeleteReplicationConfiguration_WhenCalledOnTheDestination_ShouldDeleteTheConfiguration()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        var destinationId = scenario.Replicate(source.FileSystemId, DestinationRegion).Destinations[0].FileSystemId;

        Backend.DeleteReplicationConfiguration(DestinationScope, destinationId, "LOCAL_CONFIGURATION_ONLY");
        scenario.Clock.Advance(DeletionDelay);

        Assert.Empty(Backend.PeekReplicationConfigurations());
    }

    [Fact]
    public void DeleteReplicationConfiguration_WhenLocalOnlyForSameRegion_ShouldFailWithBadRequest()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        scenario.Replicate(source.FileSystemId, Region);

        AssertEfsError("BadRequest", () => Backend.DeleteReplicationConfiguration(scenario.Scope, source.FileSystemId, "LOCAL_CONFIGURATION_ONLY"));
    }

    [Fact]
    public void DeleteReplicationConfiguration_WhenModeUnknown_ShouldFailWithBadRequest()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        scenario.Replicate(source.FileSystemId, DestinationRegion);

        AssertEfsError("BadRequest", () => Backend.DeleteReplicationConfiguration(scenario.Scope, source.FileSystemId, "EVERYTHING"));
    }

    [Fact]
    public void DeleteReplicationConfiguration_WhenNone_ShouldFailWithReplicationNotFound()
    {
        var lonely = scenario.CreateAvailableFileSystem("lonely");

        AssertEfsError("ReplicationNotFound", () => Backend.DeleteReplicationConfiguration(scenario.Scope, lonely.FileSystemId));
        AssertEfsError("FileSystemNotFound", () => Backend.DeleteReplicationConfiguration(scenario.Scope, "fs-0123456789abcdef0"));
    }

    private ReplicationConfigurationDescription DescribeOnly(string fileSystemId) =>
        Backend.DescribeReplicationConfigurations(scenario.Scope, new DescribeReplicationConfigurationsRequest { FileSystemId = fileSystemId }).Replications.Single();

    private ReplicationConfigurationDescription ReplicateToExisting(string sourceId, string destinationIdOrArn) =>
        Backend.CreateReplicationConfiguration(scenario.Scope, new CreateReplicationConfigurationRequest
        {
            SourceFileSystemId = sourceId,
            Destinations = [new ReplicationDestinationRequest { FileSystemId = destinationIdOrArn }],
        });
}
