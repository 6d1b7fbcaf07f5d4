using System.Globalization;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Replication;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Tests.FileSystems;

namespace StorageOps.Functions.Tests.Replication;

public sealed class FileSystemReplicatorTests
{
    private const string Source = "fs-0123456789abcdef0";
    private const string Destination = "fs-0fedcba9876543210";
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-01T10:00:00Z", CultureInfo.InvariantCulture);
    private readonly ManualClock clock = new(Now);
    private readonly RegionalEfs efs = new();
    private readonly FileSystemReplicator replicator;

    public FileSystemReplicatorTests()
    {
        replicator = new FileSystemReplicator(efs.Clients(), clock);
    }

    private static ReplicateFileSystemRequest Request(ReplicationDestinationRequest destination, int? timeoutSeconds = null) =>
        new() { RequestId = "req-1", FileSystemId = Source, Destination = destination, TimeoutSeconds = timeoutSeconds };

    [Fact]
    public async Task CreateAsync_WhenDestinationIsANewRegion_ShouldCreateTheConfigurationWithTheRequestedDestination()
    {
        efs.AddFileSystem(Source, owned: true);

        var created = await replicator.CreateAsync(Request(new ReplicationDestinationRequest { Region = "us-west-2", KmsKeyId = "alias/dr" }, timeoutSeconds: 600), CancellationToken.None);

        Assert.False(created.AlreadyExisted);
        Assert.Equal(Now.AddSeconds(600), created.Deadline);
        Assert.Equal(("ENABLING", "us-west-2", false), (created.Status.Status, created.Status.DestinationRegion, created.Status.Ready));
        Assert.Equal(
            ["us-east-1 DescribeFileSystems", "us-east-1 DescribeReplicationConfigurations", "us-east-1 CreateReplicationConfiguration"],
            efs.Calls);
    }

    [Fact]
    public async Task CreateAsync_WhenTheSameDestinationIsAlreadyConfigured_ShouldReportItWithoutCreating()
    {
        efs.AddFileSystem(Source, owned: true);
        efs.AddReplication(Source, Destination, "us-west-2", "ENABLED", Now.AddMinutes(-5));

        var created = await replicator.CreateAsync(Request(new ReplicationDestinationRequest { Region = "us-west-2" }), CancellationToken.None);

        Assert.True(created.AlreadyExisted);
        Assert.True(created.Status.Ready);
        Assert.DoesNotContain(efs.Calls, call => call.EndsWith("CreateReplicationConfiguration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_WhenTheSourceReplicatesElsewhere_ShouldFailWithReplicationConflict()
    {
        efs.AddFileSystem(Source, owned: true);
        efs.AddReplication(Source, Destination, "eu-west-1", "ENABLED", Now.AddMinutes(-5));

        var error = await Assert.ThrowsAsync<RefusedOperationException>(
            () => replicator.CreateAsync(Request(new ReplicationDestinationRequest { Region = "us-west-2" }), CancellationToken.None));

        Assert.Equal(ErrorNames.ReplicationConflict, error.ErrorType);
        Assert.Contains($"already replicates to {Destination} in eu-west-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_WhenTheSameDestinationIsBeingDeleted_ShouldFailWithReplicationConflict()
    {
        efs.AddFileSystem(Source, owned: true);
        efs.AddReplication(Source, Destination, "us-west-2", "DELETING", Now.AddMinutes(-5));

        var error = await Assert.ThrowsAsync<RefusedOperationException>(
            () => replicator.CreateAsync(Request(new ReplicationDestinationRequest { Region = "us-west-2" }), CancellationToken.None));

        Assert.Equal(ErrorNames.ReplicationConflict, error.ErrorType);
        Assert.Contains("is being deleted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeAsync_WhenTheConfigurationIsBeingDeleted_ShouldFailWithReplicationFailed()
    {
        efs.AddReplication(Source, Destination, "us-west-2", "DELETING", Now.AddMinutes(-5));

        var error = await Assert.ThrowsAsync<ReplicationFailedException>(() => replicator.DescribeAsync(Source, deadline: null, CancellationToken.None));

        Assert.Contains("will not become ENABLED", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_WhenAConcurrentDeliveryCreatedItFirst_ShouldReportTheExistingConfiguration()
    {
        efs.AddFileSystem(Source, owned: true);
        efs.NextCreateReplicationFailure = new StorageOps.Aws.Efs.ReplicationAlreadyExistsException("exists", "req", System.Net.HttpStatusCode.Conflict);

        var created = await replicator.CreateAsync(Request(new ReplicationDestinationRequest { Region = "us-west-2" }), CancellationToken.None);

        Assert.True(created.AlreadyExisted);
        Assert.Equal("us-west-2", created.Status.DestinationRegion);
    }

    [Fact]
    public async Task CreateAsync_WhenExistingDestinationIsOursAndProtected_ShouldDisableItsProtectionInItsRegionFirst()
    {
        efs.AddFileSystem(Source, owned: true);
        efs.AddFileSystem(Destination, owned: true, region: "us-west-2", protection: "ENABLED");

        var created = await replicator.CreateAsync(
            Request(new ReplicationDestinationRequest { FileSystemId = RegionalEfs.ArnOf("us-west-2", Destination) }),
            CancellationToken.None);

        Assert.True(created.OverwriteProtectionDisabled);
        Assert.Equal("DISABLED", efs.FileSystem(Destination).FileSystemProtection!.ReplicationOverwriteProtection);
        Assert.Equal(
            ["us-west-2 DescribeFileSystems", "us-west-2 UpdateFileSystemProtection", "us-east-1 CreateReplicationConfiguration"],
            efs.Calls.Skip(2));
    }

    [Fact]
    public async Task CreateAsync_WhenExistingDestinationIsNotOursAndProtected_ShouldFailWithOverwriteProtectionEnabledAndChangeNothing()
    {
        efs.AddFileSystem(Source, owned: true);
        efs.AddFileSystem(Destination, owned: false, region: "us-west-2", protection: "ENABLED");

        var error = await Assert.ThrowsAsync<RefusedOperationException>(
            () => replicator.CreateAsync(Request(new ReplicationDestinationRequest { FileSystemId = Destination, Region = "us-west-2" }), CancellationToken.None));

        Assert.Equal(ErrorNames.OverwriteProtectionEnabled, error.ErrorType);
        Assert.Contains("disable it yourself", error.Message, StringComparison.Ordinal);
        Assert.Equal("ENABLED", efs.FileSystem(Destination).FileSystemProtection!.ReplicationOverwriteProtection);
        Assert.Null(efs.ReplicationOf(Source));
    }

    [Fact]
    public async Task CreateAsync_WhenExistingDestinationIsAlreadyUnprotected_ShouldReplicateWithoutTouchingIt()
    {
        efs.AddFileSystem(Source, owned: true);
        efs.AddFileSystem(Destination, owned: false, protection: "DISABLED");

        var created = await replicator.CreateAsync(Request(new ReplicationDestinationRequest { FileSystemId = Destination }), CancellationToken.None);

        Assert.False(created.OverwriteProtectionDisabled);
        Assert.DoesNotContain(efs.Calls, call => call.EndsWith("UpdateFileSystemProtection", StringComparison.Ordinal));
        Assert.Equal(Destination, created.Status.DestinationFileSystemId);
    }

    [Fact]
    public async Task CreateAsync_WhenDestinationIsInAnotherAccount_ShouldLeaveItsProtectionToEfsAndPassTheRole()
    {
        efs.AddFileSystem(Source, owned: true);
        var foreignArn = RegionalEfs.ArnOf("us-west-2", Destination, accountId: "210987654321");

        await replicator.CreateAsync(
            Request(new ReplicationDestinationRequest { FileSystemId = foreignArn, RoleArn = "arn:aws:iam::123456789012:role/efs-replication" }),
            CancellationToken.None);

        Assert.Equal(["us-east-1 DescribeFileSystems", "us-east-1 DescribeReplicationConfigurations", "us-east-1 CreateReplicationConfiguration"], efs.Calls);
        Assert.Equal("arn:aws:iam::123456789012:role/efs-replication", efs.ReplicationOf(Source)!.Destinations[0].RoleArn);
    }

    [Fact]
    public async Task CreateAsync_WhenTheSourceIsNotOurs_ShouldFailWithNotOwned()
    {
        efs.AddFileSystem(Source, owned: false);

        var error = await Assert.ThrowsAsync<NotOwnedException>(
            () => replicator.CreateAsync(Request(new ReplicationDestinationRequest { Region = "us-west-2" }), CancellationToken.None));

        Assert.Equal(ErrorNames.NotOwned, error.ErrorType);
        Assert.Equal(["us-east-1 DescribeFileSystems"], efs.Calls);
    }

    [Fact]
    public async Task CreateAsync_WhenTheRequestIsInvalid_ShouldFailWithValidationErrorBeforeAnyAwsCall()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(
            () => replicator.CreateAsync(new ReplicateFileSystemRequest { RequestId = "req-1", FileSystemId = "vol-1" }, CancellationToken.None));

        Assert.Contains("destination: is required", error.Message, StringComparison.Ordinal);
        Assert.Empty(efs.Calls);
    }

    [Fact]
    public async Task DescribeAsync_WhenTheDestinationIsInError_ShouldFailWithReplicationFailedCarryingTheStatusMessage()
    {
        efs.AddReplication(Source, Destination, "us-west-2", "ERROR", Now.AddMinutes(-3), statusMessage: "The destination's KMS key is disabled.");

        var error = await Assert.ThrowsAsync<ReplicationFailedException>(() => replicator.DescribeAsync(Source, deadline: null, CancellationToken.None));

        Assert.Equal(ErrorNames.ReplicationFailed, error.ErrorType);
        Assert.Equal($"Replication of {Source} to {Destination} in us-west-2 is in ERROR: The destination's KMS key is disabled.", error.Message);
    }

    [Fact]
    public async Task DescribeAsync_WhenPaused_ShouldReportPausedWithTheStatusMessageAndKeepPolling()
    {
        efs.AddReplication(Source, Destination, "us-west-2", "PAUSED", Now.AddMinutes(-3), statusMessage: "The Region is disabled.");

        var status = await replicator.DescribeAsync(Source, deadline: null, CancellationToken.None);

        Assert.Equal((true, false, "The Region is disabled."), (status.Paused, status.Ready, status.StatusMessage));
        Assert.True(status.WaitSeconds > 0);
    }

    [Fact]
    public async Task DescribeAsync_WhenTheDeadlineIsNearerThanTheNextPoll_ShouldWaitOnlyUntilTheDeadline()
    {
        efs.AddReplication(Source, Destination, "us-west-2", "ENABLING", Now.AddMinutes(-10));

        var status = await replicator.DescribeAsync(Source, Now.AddSeconds(2), CancellationToken.None);

        Assert.Equal(2, status.WaitSeconds);
        Assert.Equal(Now, status.CheckedAt);
    }

    [Fact]
    public async Task DescribeAsync_WhenThereIsNoConfiguration_ShouldFailWithReplicationNotFound()
    {
        var error = await Assert.ThrowsAsync<RefusedOperationException>(() => replicator.DescribeAsync(Source, deadline: null, CancellationToken.None));

        Assert.Equal(ErrorNames.ReplicationNotFound, error.ErrorType);
    }

    [Fact]
    public async Task DeleteAsync_WhenOurFileSystemReplicates_ShouldStartTheDeletionOnce()
    {
        efs.AddFileSystem(Source, owned: true);
        efs.AddReplication(Source, Destination, "us-west-2", "ENABLED", Now.AddMinutes(-10));

        var first = await replicator.DeleteAsync(Source, force: false, CancellationToken.None);
        var second = await replicator.DeleteAsync(Source, force: false, CancellationToken.None);

        Assert.Equal((true, false, "DELETING"), (first.DeletionStarted, first.Gone, first.Status));
        Assert.Equal((false, false, "DELETING"), (second.DeletionStarted, second.Gone, second.Status));
        Assert.Single(efs.Calls, call => call.EndsWith("DeleteReplicationConfiguration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteAsync_WhenThereIsNoConfiguration_ShouldReportItGone()
    {
        efs.AddFileSystem(Source, owned: true);

        var deletion = await replicator.DeleteAsync(Source, force: false, CancellationToken.None);

        Assert.Equal((false, true, 0), (deletion.DeletionStarted, deletion.Gone, deletion.WaitSeconds));
    }

    [Fact]
    public async Task DeleteAsync_WhenTheFileSystemIsNotOurs_ShouldRefuseUnlessForced()
    {
        efs.AddFileSystem(Source, owned: false);
        efs.AddReplication(Source, Destination, "us-west-2", "ENABLED", Now.AddMinutes(-10));

        var refused = await Assert.ThrowsAsync<NotOwnedException>(() => replicator.DeleteAsync(Source, force: false, CancellationToken.None));
        var forced = await replicator.DeleteAsync(Source, force: true, CancellationToken.None);

        Assert.Equal(ErrorNames.NotOwned, refused.ErrorType);
        Assert.Contains("send the request again with \"force\": true", refused.Message, StringComparison.Ordinal);
        Assert.True(forced.DeletionStarted);
    }

    [Fact]
    public async Task DescribeDeletionAsync_WhenTheConfigurationIsGone_ShouldReportGone()
    {
        efs.AddReplication(Source, Destination, "us-west-2", "DELETING", Now.AddMinutes(-10));
        var deleting = await replicator.DescribeDeletionAsync(Source, since: Now.AddSeconds(-30), CancellationToken.None);
        var gone = await replicator.DescribeDeletionAsync(Destination.Replace('f', 'e'), since: null, CancellationToken.None);

        Assert.Equal((false, "DELETING"), (deleting.Gone, deleting.Status));
        Assert.True(deleting.WaitSeconds > 0);
        Assert.True(gone.Gone);
    }
}
