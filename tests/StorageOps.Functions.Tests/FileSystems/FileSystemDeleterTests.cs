using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.FileSystems;

public sealed class FileSystemDeleterTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private readonly ManualClock clock = new(Start);
    private readonly InMemoryEfs efs;
    private readonly FileSystemDeleter deleter;

    public FileSystemDeleterTests()
    {
        efs = new InMemoryEfs(clock);
        deleter = new FileSystemDeleter(efs.InHomeRegion(), clock);
    }

    private async Task<string> OwnedFileSystemAsync(string requestId = "req-1")
    {
        var created = await new FileSystemProvisioner(efs.InHomeRegion(), clock).CreateAsync(new ProvisionFileSystemRequest { RequestId = requestId }, CancellationToken.None);
        efs.SetState(created.FileSystemId, "available");
        return created.FileSystemId;
    }

    [Fact]
    public async Task DeleteAsync_WhenTheFileSystemIsOurs_ShouldDeleteItAndGiveTheDeadline()
    {
        var fileSystemId = await OwnedFileSystemAsync();

        var deletion = await deleter.DeleteAsync(new DeleteFileSystemInput { FileSystemId = fileSystemId, TimeoutSeconds = 120 }, CancellationToken.None);

        Assert.False(deletion.AlreadyGone);
        Assert.Equal(Start.AddSeconds(120), deletion.Deadline);
        Assert.Equal(Start, deletion.RequestedAt);
        Assert.Equal(10, deletion.WaitSeconds);
        Assert.Contains("DeleteFileSystem", efs.Calls);
    }

    [Fact]
    public async Task DeleteAsync_WhenRetriedWhileDeleting_ShouldNotAskEfsAgain()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        await deleter.DeleteAsync(new DeleteFileSystemInput { FileSystemId = fileSystemId }, CancellationToken.None);

        var retried = await deleter.DeleteAsync(new DeleteFileSystemInput { FileSystemId = fileSystemId }, CancellationToken.None);

        Assert.False(retried.AlreadyGone);
        Assert.Single(efs.Calls, call => call == "DeleteFileSystem");
    }

    [Fact]
    public async Task DeleteAsync_WhenTheFileSystemIsNotOurs_ShouldRefuseWithNotOwnedUnlessForced()
    {
        efs.Add(new FileSystemDescription { FileSystemId = "fs-0f0e0d0c0b", LifeCycleState = "available", Tags = [new Tag("storageops:managed-by", "someone-else")] });

        await Assert.ThrowsAsync<NotOwnedException>(() => deleter.DeleteAsync(new DeleteFileSystemInput { FileSystemId = "fs-0f0e0d0c0b" }, CancellationToken.None));
        Assert.DoesNotContain("DeleteFileSystem", efs.Calls);
        var forced = await deleter.DeleteAsync(new DeleteFileSystemInput { FileSystemId = "fs-0f0e0d0c0b", Force = true }, CancellationToken.None);

        Assert.False(forced.AlreadyGone);
        Assert.Contains("DeleteFileSystem", efs.Calls);
    }

    [Fact]
    public async Task DeleteAsync_WhenRollingBackAFileSystemOfAnotherRequest_ShouldRefuseWithNotOwned()
    {
        var fileSystemId = await OwnedFileSystemAsync("req-other");

        await Assert.ThrowsAsync<NotOwnedException>(() => deleter.DeleteAsync(new DeleteFileSystemInput { FileSystemId = fileSystemId, CreatedByRequestId = "req-1" }, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_WhenAlreadyGone_ShouldSucceedAsAlreadyGone()
    {
        var deletion = await deleter.DeleteAsync(new DeleteFileSystemInput { FileSystemId = "fs-00000000dead" }, CancellationToken.None);

        Assert.True(deletion.AlreadyGone);
        Assert.DoesNotContain("DeleteFileSystem", efs.Calls);
    }

    [Theory]
    [InlineData(null, 30, "fileSystemId: is required")]
    [InlineData("fs-0a1b2c3d", 0, "timeoutSeconds: must be between 1 and 86400")]
    public async Task DeleteAsync_WhenInputIsMalformed_ShouldFailWithValidationErrorBeforeAnyCall(string? fileSystemId, int timeoutSeconds, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => deleter.DeleteAsync(new DeleteFileSystemInput { FileSystemId = fileSystemId, TimeoutSeconds = timeoutSeconds }, CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(efs.Calls);
    }

    [Fact]
    public async Task DescribeDeletionAsync_WhenEfsNoLongerKnowsIt_ShouldBeGone()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        await deleter.DeleteAsync(new DeleteFileSystemInput { FileSystemId = fileSystemId }, CancellationToken.None);

        clock.Now = Start.AddSeconds(70);
        var deleting = await deleter.DescribeDeletionAsync(new DescribeFileSystemDeletionInput { FileSystemId = fileSystemId, Since = Start }, CancellationToken.None);
        efs.Remove(fileSystemId);
        var gone = await deleter.DescribeDeletionAsync(new DescribeFileSystemDeletionInput { FileSystemId = fileSystemId, Since = Start }, CancellationToken.None);

        Assert.Equal(("deleting", false, 7), (deleting.LifeCycleState, deleting.Gone, deleting.WaitSeconds));
        Assert.Equal(("deleted", true), (gone.LifeCycleState, gone.Gone));
        Assert.Equal(Start.AddSeconds(70), gone.CheckedAt);
    }
}
