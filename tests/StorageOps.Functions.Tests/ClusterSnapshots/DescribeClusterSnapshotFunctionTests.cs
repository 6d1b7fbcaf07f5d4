using StorageOps.Aws.Rds;
using StorageOps.Functions.ClusterSnapshots;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Tests.FileSystems;
using static StorageOps.Functions.Tests.ClusterSnapshots.Nights;

namespace StorageOps.Functions.Tests.ClusterSnapshots;

public sealed class DescribeClusterSnapshotFunctionTests
{
    private readonly ManualClock clock = new(At("2026-12-01T03:01:00Z"));
    private readonly InMemoryRds rds;
    private readonly DescribeClusterSnapshotFunction function;

    public DescribeClusterSnapshotFunctionTests()
    {
        rds = new InMemoryRds(clock);
        rds.AddCluster(Cluster);
        function = new DescribeClusterSnapshotFunction(new ClusterSnapshotter(rds, clock));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheSnapshotIsCreating_ShouldReportItsPercentProgressAndWaitForTheRestOfTheExpectedDuration()
    {
        rds.AddSnapshot(TonightsSnapshot, Cluster, At("2026-12-01T03:00:30Z"), "creating", tags: [ManagedBy, NightTag("2026-12-01")]);
        rds.SetSnapshot(TonightsSnapshot, "creating", 37);

        var status = ReadStatus(await function.InvokeAsync(DescribeInput(), Invoked, CancellationToken.None));

        Assert.Equal(new ClusterSnapshotStatus(TonightsSnapshot, "creating", 37, Ready: false, 90, Created: false, []), status with { PrunedBeforeCreate = [] });
        Assert.Empty(status.PrunedBeforeCreate);
        Assert.Equal([$"DescribeDBClusterSnapshots {TonightsSnapshot}"], rds.Calls);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheSnapshotIsAvailable_ShouldBeReady()
    {
        rds.AddNightly("2026-12-01");

        var status = ReadStatus(await function.InvokeAsync(DescribeInput(), Invoked, CancellationToken.None));

        Assert.Equal(("available", true, 100), (status.Status, status.Ready, status.PercentProgress));
    }

    [Fact]
    public async Task InvokeAsync_WhenPolledUntilAvailable_ShouldShowProgressOnTheWayAndNeverWaitPastTheDeadline()
    {
        rds.AddNightly("2026-12-01", "creating");
        var progress = new List<int?>();
        for (var poll = 0; poll < 5; poll++)
        {
            rds.SetSnapshot(TonightsSnapshot, "creating", poll * 20);
            var status = ReadStatus(await function.InvokeAsync(DescribeInput(), Invoked, CancellationToken.None));
            progress.Add(status.PercentProgress);
            Assert.True(status.SecondsUntilNextPoll >= 1);
            clock.Now += TimeSpan.FromSeconds(status.SecondsUntilNextPoll);
        }

        rds.SetSnapshot(TonightsSnapshot, "available", 100);
        var done = ReadStatus(await function.InvokeAsync(DescribeInput(), Invoked, CancellationToken.None));

        Assert.Equal([0, 20, 40, 60, 80], progress);
        Assert.True(done.Ready);
        Assert.True(clock.Now < Deadline);
    }

    [Theory]
    [InlineData("failed")]
    [InlineData("incompatible-restore")]
    [InlineData("deleting")]
    public async Task InvokeAsync_WhenTheSnapshotEndsInAFailedStatus_ShouldFailSnapshotFailedNamingTheStatus(string status)
    {
        rds.AddNightly("2026-12-01", status);

        var refused = await Assert.ThrowsAsync<RefusedOperationException>(() => function.InvokeAsync(DescribeInput(), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.SnapshotFailed, refused.ErrorType);
        Assert.Contains($"'{status}'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheSnapshotIsGone_ShouldFailSnapshotFailed()
    {
        var refused = await Assert.ThrowsAsync<RefusedOperationException>(() => function.InvokeAsync(DescribeInput(), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.SnapshotFailed, refused.ErrorType);
    }

    [Fact]
    public async Task InvokeAsync_WhenStillCreatingAtTheDeadline_ShouldFailDeadlineExceeded()
    {
        rds.AddNightly("2026-12-01", "creating");
        clock.Now = Deadline;

        var refused = await Assert.ThrowsAsync<RefusedOperationException>(() => function.InvokeAsync(DescribeInput(), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.DeadlineExceeded, refused.ErrorType);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheSnapshotHasLostOurTag_ShouldFailNotOwned()
    {
        rds.AddNightly("2026-12-01", owned: false);

        var refused = await Assert.ThrowsAsync<NotOwnedException>(() => function.InvokeAsync(DescribeInput(), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.NotOwned, refused.ErrorType);
    }

    [Fact]
    public async Task InvokeAsync_WhenRdsThrottles_ShouldSurfaceAnErrorTheStateMachineRetriesAsThrottled()
    {
        rds.AddNightly("2026-12-01", "creating");
        rds.FailNext("DescribeDBClusterSnapshots", InMemoryRds.Throttling());

        var exception = await Assert.ThrowsAnyAsync<RdsServiceException>(() => function.InvokeAsync(DescribeInput(), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.Throttled, LambdaErrorDocument.From(exception).ErrorType);
    }

    [Theory]
    [InlineData("storageops-orders-aurora-pg-20261130")]
    [InlineData("rds:orders-aurora-pg-2026-12-01-03-00")]
    [InlineData("")]
    public async Task InvokeAsync_WhenTheSnapshotIsNotTheNightsOwn_ShouldFailWithValidationErrorBeforeAnyAwsCall(string snapshot)
    {
        rds.AddNightly("2026-11-30");

        await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(DescribeInput(snapshot: snapshot), Invoked, CancellationToken.None));

        Assert.Empty(rds.Calls);
    }
}
