using System.Net;
using Amazon.Runtime;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.FileSystems;

public sealed class FileSystemProvisionerTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private readonly ManualClock clock = new(Start);
    private readonly InMemoryEfs efs;
    private readonly FileSystemProvisioner provisioner;

    public FileSystemProvisionerTests()
    {
        efs = new InMemoryEfs(clock);
        provisioner = new FileSystemProvisioner(efs.InHomeRegion(), clock);
    }

    private static ProvisionFileSystemRequest Request(string requestId = "req-1") => new()
    {
        RequestId = requestId,
        ThroughputMode = "elastic",
        Encrypted = true,
        Tags = new Dictionary<string, string> { ["Name"] = "shared", ["team"] = "analytics" },
        TimeoutSeconds = 600,
    };

    [Fact]
    public async Task CreateAsync_WhenNew_ShouldUseRequestIdAsCreationTokenAndTagOwnership()
    {
        var created = await provisioner.CreateAsync(Request(), CancellationToken.None);

        var sent = Assert.Single(efs.CreateRequests);
        Assert.Equal("req-1", sent.CreationToken);
        Assert.Equal("elastic", sent.ThroughputMode);
        Assert.True(sent.Encrypted);
        Assert.Equal(
            [new Tag("Name", "shared"), new Tag("team", "analytics"), new Tag("storageops:managed-by", "storageops"), new Tag("storageops:request-id", "req-1")],
            sent.Tags);
        Assert.False(created.AlreadyExisted);
        Assert.Equal("creating", created.Status.LifeCycleState);
        Assert.False(created.Status.Ready);
        Assert.Equal(Start.AddSeconds(600), created.Deadline);
        Assert.Equal(5, created.Status.WaitSeconds);
    }

    [Fact]
    public async Task CreateAsync_WhenDeliveredTwice_ShouldCreateOneFileSystemAndReportTheSecondAsExisting()
    {
        var first = await provisioner.CreateAsync(Request(), CancellationToken.None);
        efs.SetState(first.FileSystemId, "available");

        var second = await provisioner.CreateAsync(Request(), CancellationToken.None);

        Assert.Equal(first.FileSystemId, second.FileSystemId);
        Assert.True(second.AlreadyExisted);
        Assert.True(second.Status.Ready);
        var all = await efs.DescribeFileSystemsAsync(new DescribeFileSystemsRequest());
        Assert.Single(all.FileSystems);
    }

    [Fact]
    public async Task CreateAsync_WhenTokenBelongsToAFileSystemWithoutOurTag_ShouldFailWithCreationTokenConflict()
    {
        efs.Add(new FileSystemDescription { FileSystemId = "fs-0123456789abcdef0", CreationToken = "req-1", LifeCycleState = "available" });

        var conflict = await Assert.ThrowsAsync<OwnershipConflictException>(() => provisioner.CreateAsync(Request(), CancellationToken.None));

        Assert.Equal("StorageOps.CreationTokenConflict", conflict.ErrorType);
        Assert.Contains("fs-0123456789abcdef0", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_WhenTokenBelongsToAFileSystemAnotherRequestTagged_ShouldFailWithCreationTokenConflict()
    {
        efs.Add(new FileSystemDescription
        {
            FileSystemId = "fs-0fedcba9876543210",
            CreationToken = "req-1",
            LifeCycleState = "available",
            Tags = [new Tag("storageops:managed-by", "storageops"), new Tag("storageops:request-id", "req-other")],
        });

        var conflict = await Assert.ThrowsAsync<OwnershipConflictException>(() => provisioner.CreateAsync(Request(), CancellationToken.None));

        Assert.Equal("StorageOps.CreationTokenConflict", conflict.ErrorType);
        Assert.Contains("fs-0fedcba9876543210", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_WhenRequestIsInvalid_ShouldThrowValidationErrorAndCallNothing()
    {
        var invalid = Request() with { RequestId = "has spaces", ThroughputMode = "turbo" };

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => provisioner.CreateAsync(invalid, CancellationToken.None));

        Assert.Equal(2, error.Problems.Count);
        Assert.Empty(efs.Calls);
    }

    [Fact]
    public async Task CreateAsync_WhenEfsThrottles_ShouldLetTheServiceErrorPropagate()
    {
        efs.NextCreateFailure = new AmazonServiceException("Rate exceeded", ErrorType.Sender, "ThrottlingException", "r", HttpStatusCode.BadRequest);

        var thrown = await Assert.ThrowsAsync<AmazonServiceException>(() => provisioner.CreateAsync(Request(), CancellationToken.None));

        Assert.Equal("StorageOps.Throttled", LambdaErrorDocument.From(thrown).ErrorType);
    }

    [Theory]
    [InlineData("creating", false, false)]
    [InlineData("available", true, false)]
    [InlineData("updating", false, false)]
    [InlineData("error", false, true)]
    [InlineData("deleting", false, true)]
    [InlineData("deleted", false, true)]
    public async Task DescribeAsync_WhenInLifeCycleState_ShouldReportReadyAndFailedAccordingly(string state, bool ready, bool failed)
    {
        var created = await provisioner.CreateAsync(Request(), CancellationToken.None);
        efs.SetState(created.FileSystemId, state);

        var status = await provisioner.DescribeAsync(created.FileSystemId, CancellationToken.None);

        Assert.Equal((state, ready, failed), (status.LifeCycleState, status.Ready, status.Failed));
    }

    [Fact]
    public async Task DescribeAsync_WhenFileSystemIsOlder_ShouldWaitLongerAndStampTheCheckTime()
    {
        var created = await provisioner.CreateAsync(Request(), CancellationToken.None);
        clock.Now = Start.AddMinutes(2);

        var status = await provisioner.DescribeAsync(created.FileSystemId, CancellationToken.None);

        Assert.Equal(15, status.WaitSeconds);
        Assert.Equal(Start.AddMinutes(2), status.CheckedAt);
    }

    [Fact]
    public async Task DescribeAsync_WhenMissing_ShouldThrowFileSystemNotFound()
    {
        var thrown = await Assert.ThrowsAsync<FileSystemNotFoundException>(() => provisioner.DescribeAsync("fs-00000000000000000", CancellationToken.None));

        Assert.Equal("StorageOps.FileSystemNotFound", LambdaErrorDocument.From(thrown).ErrorType);
    }
}
