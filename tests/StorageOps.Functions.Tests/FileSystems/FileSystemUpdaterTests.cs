using System.Globalization;
using System.Net;
using StorageOps.Aws.Efs;
using UpdateFileSystemRequest = StorageOps.Functions.Requests.UpdateFileSystemRequest;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Tests.Replication;

namespace StorageOps.Functions.Tests.FileSystems;

public sealed class FileSystemUpdaterTests
{
    private const string FileSystemId = "fs-0123456789abcdef0";
    private const string MountTargetId = "fsmt-0123456789abcdef0";
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-01T10:00:00Z", CultureInfo.InvariantCulture);
    private readonly RegionalEfs efs = new();
    private readonly FileSystemUpdater updater;

    public FileSystemUpdaterTests()
    {
        updater = new FileSystemUpdater(efs.Clients(), new ManualClock(Now));
    }

    [Fact]
    public async Task PrepareAsync_WhenTheRequestNamesSomeChanges_ShouldPlanOnlyThoseSteps()
    {
        efs.AddFileSystem(FileSystemId, owned: true);

        var plan = await updater.PrepareAsync(
            new UpdateFileSystemRequest { RequestId = "req-1", FileSystemId = FileSystemId, RemoveTagKeys = ["team"], ReplicationOverwriteProtection = "DISABLED", TimeoutSeconds = 300 },
            CancellationToken.None);

        Assert.Null(plan.Throughput);
        Assert.Null(plan.MountTargetSecurityGroups);
        Assert.Equal(["team"], plan.Tags!.RemoveTagKeys!);
        Assert.Equal("DISABLED", plan.Protection!.ReplicationOverwriteProtection);
        Assert.Equal(Now.AddSeconds(300), plan.Deadline);
        Assert.Equal(["us-east-1 DescribeFileSystems"], efs.Calls);
    }

    [Fact]
    public async Task PrepareAsync_WhenTheRequestRemovesAnOwnershipTag_ShouldFailWithValidationErrorBeforeAnyAwsCall()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => updater.PrepareAsync(
            new UpdateFileSystemRequest { RequestId = "req-1", FileSystemId = FileSystemId, RemoveTagKeys = ["storageops:request-id"] },
            CancellationToken.None));

        Assert.Contains("removeTagKeys: key 'storageops:request-id' is reserved for StorageOps", error.Message, StringComparison.Ordinal);
        Assert.Empty(efs.Calls);
    }

    [Fact]
    public async Task PrepareAsync_WhenTheFileSystemIsNotOurs_ShouldFailWithNotOwned()
    {
        efs.AddFileSystem(FileSystemId, owned: false);

        var error = await Assert.ThrowsAsync<NotOwnedException>(() => updater.PrepareAsync(
            new UpdateFileSystemRequest { RequestId = "req-1", FileSystemId = FileSystemId, ThroughputMode = "bursting" },
            CancellationToken.None));

        Assert.Equal(ErrorNames.NotOwned, error.ErrorType);
    }

    [Fact]
    public async Task UpdateThroughputAsync_WhenTheModeChanges_ShouldUpdateAndReportNotYetAvailable()
    {
        efs.AddFileSystem(FileSystemId, owned: true);

        var update = await updater.UpdateThroughputAsync(
            new UpdateFileSystemThroughputInput { FileSystemId = FileSystemId, ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 256 },
            CancellationToken.None);

        Assert.Equal(("provisioned", 256.0, true, "updating", false), (update.ThroughputMode, update.ProvisionedThroughputInMibps, update.Changed, update.LifeCycleState, update.Ready));
        Assert.True(update.WaitSeconds > 0);
    }

    [Fact]
    public async Task UpdateThroughputAsync_WhenTheThroughputIsAlreadyAsAsked_ShouldNotCallUpdateFileSystem()
    {
        efs.AddFileSystem(FileSystemId, owned: true);

        var update = await updater.UpdateThroughputAsync(new UpdateFileSystemThroughputInput { FileSystemId = FileSystemId, ThroughputMode = "elastic" }, CancellationToken.None);

        Assert.False(update.Changed);
        Assert.True(update.Ready);
        Assert.Equal(["us-east-1 DescribeFileSystems"], efs.Calls);
    }

    [Fact]
    public async Task UpdateThroughputAsync_WhenEfsRefusesWithin24Hours_ShouldFailWithThroughputChangeTooSoonAtTheTimeEfsGives()
    {
        efs.AddFileSystem(FileSystemId, owned: true);
        efs.NextUpdateFailure = new TooManyRequestsException(
            "You have reached the maximum number of throughput mode changes or provisioned throughput value decreases. Wait until 2026-03-02T08:30:00Z UTC and try again.",
            "req",
            HttpStatusCode.TooManyRequests);

        var error = await Assert.ThrowsAsync<ThroughputChangeTooSoonException>(
            () => updater.UpdateThroughputAsync(new UpdateFileSystemThroughputInput { FileSystemId = FileSystemId, ThroughputMode = "bursting" }, CancellationToken.None));

        Assert.Equal(ErrorNames.ThroughputChangeTooSoon, error.ErrorType);
        Assert.Equal(DateTimeOffset.Parse("2026-03-02T08:30:00Z", CultureInfo.InvariantCulture), error.RetryAfter);
        Assert.Contains("Retry at or after 2026-03-02T08:30:00Z.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateThroughputAsync_WhenEfsRefusesWithoutSayingWhen_ShouldGiveTheLatestRetryTime()
    {
        efs.AddFileSystem(FileSystemId, owned: true);
        efs.NextUpdateFailure = new TooManyRequestsException("Too many requests.", "req", HttpStatusCode.TooManyRequests);

        var error = await Assert.ThrowsAsync<ThroughputChangeTooSoonException>(
            () => updater.UpdateThroughputAsync(new UpdateFileSystemThroughputInput { FileSystemId = FileSystemId, ThroughputMode = "bursting" }, CancellationToken.None));

        Assert.Null(error.RetryAfter);
        Assert.Contains("at the latest at 2026-03-02T10:00:00Z", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("turbo", null, "throughputMode: 'turbo' must be one of")]
    [InlineData("provisioned", null, "provisionedThroughputInMibps: is required when throughputMode is provisioned")]
    [InlineData("elastic", 100.0, "provisionedThroughputInMibps: is only allowed when throughputMode is provisioned")]
    [InlineData(null, 5000.0, "provisionedThroughputInMibps: must be between 1 and 3414 MiBps")]
    [InlineData(null, null, "throughputMode: name throughputMode, provisionedThroughputInMibps or both")]
    public async Task UpdateThroughputAsync_WhenTheInputIsInvalid_ShouldFailWithValidationErrorBeforeAnyAwsCall(string? mode, double? mibps, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => updater.UpdateThroughputAsync(
            new UpdateFileSystemThroughputInput { FileSystemId = FileSystemId, ThroughputMode = mode, ProvisionedThroughputInMibps = mibps },
            CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(efs.Calls);
    }

    [Fact]
    public async Task UpdateTagsAsync_WhenSomeTagsAlreadyMatch_ShouldSendOnlyTheDifference()
    {
        efs.AddFileSystem(FileSystemId, owned: true, tags: [new Tag("Name", "analytics"), new Tag("team", "data")]);

        var update = await updater.UpdateTagsAsync(
            new UpdateFileSystemTagsInput
            {
                FileSystemId = FileSystemId,
                Tags = new Dictionary<string, string> { ["Name"] = "analytics", ["owner"] = "platform" },
                RemoveTagKeys = ["team", "absent"],
            },
            CancellationToken.None);

        Assert.Equal(["owner"], update.TagsSet);
        Assert.Equal(["team"], update.TagsRemoved);
        Assert.Equal(
            ["Name=analytics", "owner=platform", "storageops:managed-by=storageops"],
            efs.FileSystem(FileSystemId).Tags.Select(tag => $"{tag.Key}={tag.Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UpdateTagsAsync_WhenAStepIsAskedToSetAnOwnershipTag_ShouldFailWithValidationErrorBeforeAnyAwsCall()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => updater.UpdateTagsAsync(
            new UpdateFileSystemTagsInput { FileSystemId = FileSystemId, Tags = new Dictionary<string, string> { ["storageops:managed-by"] = "someone" } },
            CancellationToken.None));

        Assert.Contains("is reserved for StorageOps", error.Message, StringComparison.Ordinal);
        Assert.Empty(efs.Calls);
    }

    [Fact]
    public async Task UpdateProtectionAsync_WhenItDiffers_ShouldSetIt()
    {
        efs.AddFileSystem(FileSystemId, owned: true, protection: "ENABLED");

        var update = await updater.UpdateProtectionAsync(new UpdateFileSystemProtectionInput { FileSystemId = FileSystemId, ReplicationOverwriteProtection = "DISABLED" }, CancellationToken.None);

        Assert.Equal("DISABLED", update.ReplicationOverwriteProtection);
        Assert.Equal("DISABLED", efs.FileSystem(FileSystemId).FileSystemProtection!.ReplicationOverwriteProtection);
    }

    [Fact]
    public async Task UpdateProtectionAsync_WhenTheFileSystemIsNotOurs_ShouldFailWithNotOwnedAndChangeNothing()
    {
        efs.AddFileSystem(FileSystemId, owned: false, protection: "ENABLED");

        var error = await Assert.ThrowsAsync<NotOwnedException>(() =>
            updater.UpdateProtectionAsync(new UpdateFileSystemProtectionInput { FileSystemId = FileSystemId, ReplicationOverwriteProtection = "DISABLED" }, CancellationToken.None));

        Assert.Equal(ErrorNames.NotOwned, error.ErrorType);
        Assert.Equal("ENABLED", efs.FileSystem(FileSystemId).FileSystemProtection!.ReplicationOverwriteProtection);
    }
}
