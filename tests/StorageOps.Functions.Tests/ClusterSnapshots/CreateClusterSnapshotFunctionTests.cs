using System.Text.Json.Nodes;
using StorageOps.Aws.Rds;
using StorageOps.Functions.ClusterSnapshots;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Retention;
using StorageOps.Functions.Tests.FileSystems;
using static StorageOps.Functions.Tests.ClusterSnapshots.Nights;

namespace StorageOps.Functions.Tests.ClusterSnapshots;

public sealed class CreateClusterSnapshotFunctionTests
{
    private readonly ManualClock clock = new(At("2026-12-01T03:00:10Z"));
    private readonly InMemoryRds rds;
    private readonly CreateClusterSnapshotFunction function;

    public CreateClusterSnapshotFunctionTests()
    {
        rds = new InMemoryRds(clock);
        function = new CreateClusterSnapshotFunction(new ClusterSnapshotter(rds, clock));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheClusterIsAvailable_ShouldCreateTheNightsDeterministicSnapshotAndPollAfterTheExpectedDuration()
    {
        rds.AddCluster(Cluster);

        var json = await function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None);

        var result = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["snapshot", "status", "percentProgress", "ready", "secondsUntilNextPoll", "created", "prunedBeforeCreate"], result.Select(member => member.Key));
        Assert.Equal(new ClusterSnapshotStatus(TonightsSnapshot, "creating", 0, Ready: false, 120, Created: true, []), ReadStatus(json) with { PrunedBeforeCreate = [] });
        Assert.Equal("creating", rds.Snapshot(TonightsSnapshot)?.Status);
        Assert.Equal(["DescribeDBClusters orders-aurora-pg", $"CreateDBClusterSnapshot {TonightsSnapshot}"], rds.Calls);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheClusterHasTags_ShouldCopyThemWithoutReservedOnesAndAddOwnershipAndTheNight()
    {
        rds.AddCluster(
            Cluster,
            "available",
            new Tag("team", "orders"),
            new Tag("storageops:snapshot", "nightly"),
            new Tag("aws:cloudformation:stack-name", "orders"),
            new Tag(OwnershipTags.Night, "1999-01-01"));

        await function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None);

        Assert.Equal(
            [new Tag("team", "orders"), new Tag("storageops:snapshot", "nightly"), ManagedBy, NightTag("2026-12-01")],
            rds.Snapshot(TonightsSnapshot)!.TagList);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheNightsSnapshotAlreadyExistsAndIsOurs_ShouldSucceedWithoutCreatingASecond()
    {
        rds.AddCluster(Cluster);
        await function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None);
        rds.SetSnapshot(TonightsSnapshot, "creating", 40);

        var again = ReadStatus(await function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None));

        Assert.False(again.Created);
        Assert.Equal(("creating", 40, false), (again.Status, again.PercentProgress, again.Ready));
        Assert.Single(rds.Snapshots);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheIdentifierIsTakenByASnapshotWithoutOurTag_ShouldFailNotOwned()
    {
        rds.AddCluster(Cluster);
        rds.AddSnapshot(TonightsSnapshot, Cluster, Scheduled, tags: new Tag("team", "orders"));

        var refused = await Assert.ThrowsAsync<NotOwnedException>(() => function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.NotOwned, refused.ErrorType);
        Assert.Contains(TonightsSnapshot, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheClusterIsNotAvailable_ShouldReportClusterNotAvailableWithAWaitInsideTheWindow()
    {
        rds.AddCluster(Cluster, "backing-up");

        var json = await function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None);

        var status = ReadStatus(json);
        Assert.Equal((ClusterSnapshotStatuses.ClusterNotAvailable, false, false, (int?)null), (status.Status, status.Ready, status.Created, status.PercentProgress));
        Assert.InRange(status.SecondsUntilNextPoll, 1, (int)(Deadline - clock.Now).TotalSeconds);
        Assert.Null(JsonNode.Parse(json)!["percentProgress"]);
        Assert.Empty(rds.Snapshots);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheClusterBecomesAvailableWhileWaiting_ShouldCreateOnTheNextCall()
    {
        rds.AddCluster(Cluster, "stopped");
        var waiting = ReadStatus(await function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None));
        clock.Now += TimeSpan.FromSeconds(waiting.SecondsUntilNextPoll);
        rds.SetClusterStatus(Cluster, "available");

        var created = ReadStatus(await function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None));

        Assert.Equal(("creating", true), (created.Status, created.Created));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheClusterIsStillNotAvailableAtTheDeadline_ShouldFailClusterNotAvailableAfterWaitingThroughTheWindow()
    {
        rds.AddCluster(Cluster, "stopped");
        var polls = 0;
        RefusedOperationException? failure = null;
        while (failure is null && polls < 100)
        {
            try
            {
                var status = ReadStatus(await function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None));
                Assert.Equal(ClusterSnapshotStatuses.ClusterNotAvailable, status.Status);
                Assert.True(clock.Now + TimeSpan.FromSeconds(status.SecondsUntilNextPoll) <= Deadline, "a wait must not reach past the deadline");
                clock.Now += TimeSpan.FromSeconds(status.SecondsUntilNextPoll);
                polls++;
            }
            catch (RefusedOperationException refused)
            {
                failure = refused;
            }
        }

        Assert.NotNull(failure);
        Assert.Equal(ErrorNames.ClusterNotAvailable, failure.ErrorType);
        Assert.Contains("stopped", failure.Message, StringComparison.Ordinal);
        Assert.Equal(Deadline, clock.Now);
        Assert.InRange(polls, 2, 60);
        Assert.Empty(rds.Snapshots);
    }

    [Fact]
    public async Task InvokeAsync_WhenCalledPastTheDeadlineOnAnAvailableCluster_ShouldFailDeadlineExceededWithoutCreating()
    {
        rds.AddCluster(Cluster);
        clock.Now = Deadline.AddMinutes(1);

        var refused = await Assert.ThrowsAsync<RefusedOperationException>(() => function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.DeadlineExceeded, refused.ErrorType);
        Assert.Equal(0, rds.CallsOf("CreateDBClusterSnapshot"));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheQuotaIsFull_ShouldPruneThisClustersOwnOldSnapshotsFirstAndRetryOnce()
    {
        rds.AddCluster(Cluster);
        rds.ManualSnapshotQuota = 6;
        foreach (var date in new[] { "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30" })
        {
            rds.AddNightly(date);
        }

        rds.AddSnapshot("someone-elses-manual", "billing-aurora-mysql", At("2026-10-01T00:00:00Z"));

        var status = ReadStatus(await function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None));

        Assert.True(status.Created);
        Assert.Equal(["storageops-orders-aurora-pg-20261127", "storageops-orders-aurora-pg-20261126"], status.PrunedBeforeCreate);
        Assert.Equal(2, rds.CallsOf("CreateDBClusterSnapshot"));
        Assert.NotNull(rds.Snapshot("someone-elses-manual"));
        Assert.NotNull(rds.Snapshot("storageops-orders-aurora-pg-20261128"));
        Assert.Equal(5, rds.Snapshots.Count);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheQuotaIsStillFullAfterPruning_ShouldFailSnapshotQuotaExceededNamingUsedAndLimitAfterOneRetry()
    {
        rds.AddCluster(Cluster);
        foreach (var date in new[] { "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29" })
        {
            rds.AddNightly(date);
        }

        rds.FailNext("CreateDBClusterSnapshot", new SnapshotQuotaExceededException("Cannot create more than 100 manual snapshots", "req", System.Net.HttpStatusCode.BadRequest));
        rds.FailNext("CreateDBClusterSnapshot", new SnapshotQuotaExceededException("Cannot create more than 100 manual snapshots", "req", System.Net.HttpStatusCode.BadRequest));

        var refused = await Assert.ThrowsAsync<RefusedOperationException>(() => function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.SnapshotQuotaExceeded, refused.ErrorType);
        Assert.Contains("3 of 100 used", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, rds.CallsOf("CreateDBClusterSnapshot"));
        Assert.Null(rds.Snapshot("storageops-orders-aurora-pg-20261126"));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheQuotaIsFullOfSnapshotsThatAreNotOurs_ShouldDeleteNothingAndFailSnapshotQuotaExceededWithoutRetrying()
    {
        rds.AddCluster(Cluster);
        rds.ManualSnapshotQuota = 3;
        rds.AddSnapshot("manual-1", Cluster, At("2026-11-01T00:00:00Z"));
        rds.AddSnapshot("manual-2", Cluster, At("2026-11-02T00:00:00Z"));
        rds.AddSnapshot("manual-3", "billing-aurora-mysql", At("2026-11-03T00:00:00Z"));

        var refused = await Assert.ThrowsAsync<RefusedOperationException>(() => function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.SnapshotQuotaExceeded, refused.ErrorType);
        Assert.Contains("3 of 100 used", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, rds.Snapshots.Count);
        Assert.Equal(1, rds.CallsOf("CreateDBClusterSnapshot"));
        Assert.Equal(0, rds.CallsOf("DeleteDBClusterSnapshot"));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheQuotaIsFullAndRetentionIsADryRun_ShouldDeleteNothingAndFailSnapshotQuotaExceeded()
    {
        rds.AddCluster(Cluster);
        rds.ManualSnapshotQuota = 5;
        foreach (var date in new[] { "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30" })
        {
            rds.AddNightly(date);
        }

        var dryRun = Tonight(Policy with { DryRun = true });

        var refused = await Assert.ThrowsAsync<RefusedOperationException>(() => function.InvokeAsync(CreateInput(dryRun), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.SnapshotQuotaExceeded, refused.ErrorType);
        Assert.Contains("dry run", refused.Message, StringComparison.Ordinal);
        Assert.Equal(5, rds.Snapshots.Count);
        Assert.Equal(0, rds.CallsOf("DeleteDBClusterSnapshot"));
    }

    [Fact]
    public async Task InvokeAsync_WhenRdsThrottles_ShouldSurfaceAnErrorTheStateMachineRetriesAsThrottled()
    {
        rds.AddCluster(Cluster);
        rds.FailNext("CreateDBClusterSnapshot", InMemoryRds.Throttling());

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => function.InvokeAsync(CreateInput(), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.Throttled, LambdaErrorDocument.From(exception).ErrorType);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"target":{"cluster":"orders-aurora-pg","kind":"docdb-elastic","arn":"arn:aws:docdb-elastic:eu-west-1:123456789012:cluster/x"},"night":{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z","retention":{"keepDaily":3,"keepWeekly":0,"keepMonthly":0,"minKeep":3,"dryRun":false},"maxConcurrency":40,"toleratedFailurePercentage":5}}""")]
    [InlineData("""{"target":{"cluster":"1orders--pg-","kind":"aurora","arn":"arn:aws:rds:eu-west-1:123456789012:cluster:x"},"night":{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z","retention":{"keepDaily":3,"keepWeekly":0,"keepMonthly":0,"minKeep":3,"dryRun":false},"maxConcurrency":40,"toleratedFailurePercentage":5}}""")]
    [InlineData("""{"target":{"cluster":"orders-aurora-pg","kind":"aurora","arn":"arn:aws:rds:eu-west-1:123456789012:cluster:x"},"night":{"date":"01/12/2026","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z","retention":{"keepDaily":3,"keepWeekly":0,"keepMonthly":0,"minKeep":3,"dryRun":false},"maxConcurrency":40,"toleratedFailurePercentage":5}}""")]
    [InlineData("""{"target":{"cluster":"orders-aurora-pg","kind":"aurora","arn":"arn:aws:rds:eu-west-1:123456789012:cluster:x"},"night":{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T02:00:00Z","retention":{"keepDaily":3,"keepWeekly":0,"keepMonthly":0,"minKeep":3,"dryRun":false},"maxConcurrency":40,"toleratedFailurePercentage":5}}""")]
    [InlineData("""{"target":{"cluster":"orders-aurora-pg","kind":"aurora","arn":"arn:aws:rds:eu-west-1:123456789012:cluster:x"},"night":{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z","retention":{"keepDaily":-1,"keepWeekly":0,"keepMonthly":0,"minKeep":0,"dryRun":false},"maxConcurrency":40,"toleratedFailurePercentage":5}}""")]
    [InlineData("""{"target":{"cluster":"orders-aurora-pg","kind":"aurora","arn":"arn:aws:rds:eu-west-1:123456789012:cluster:x"},"night":{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z","retention":{"keepDaily":3,"keepWeekly":0,"keepMonthly":0,"minKeep":3,"dryRun":false},"maxConcurrency":40,"toleratedFailurePercentage":5},"extra":true}""")]
    [InlineData("""{"target":{"cluster":"orders-aurora-pg","kind":"aurora","arn":""},"night":null}""")]
    public async Task InvokeAsync_WhenTheInputIsInvalid_ShouldFailWithValidationErrorBeforeAnyAwsCall(string eventJson)
    {
        rds.AddCluster(Cluster);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(eventJson, Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.ValidationError, refused.ErrorType);
        Assert.Empty(rds.Calls);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheInputIsAValidNight_ShouldAcceptTheContractsJsonShape()
    {
        rds.AddCluster(Cluster);
        const string json = """
            {"target":{"cluster":"orders-aurora-pg","kind":"aurora","arn":"arn:aws:rds:eu-west-1:123456789012:cluster:orders-aurora-pg"},
             "night":{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z",
                      "retention":{"keepDaily":7,"keepWeekly":4,"keepMonthly":3,"minKeep":3,"dryRun":false},
                      "maxConcurrency":40,"toleratedFailurePercentage":5,"elasticCopyKmsKeyId":null}}
            """;

        var status = ReadStatus(await function.InvokeAsync(json, Invoked, CancellationToken.None));

        Assert.Equal(TonightsSnapshot, status.Snapshot);
    }

    [Fact]
    public void Validate_WhenSeveralMembersAreWrong_ShouldNameEveryProblem()
    {
        var night = Tonight(new RetentionPolicy(KeepDaily: -1, MinKeep: 0)) with { Date = "tomorrow" };

        var refused = Assert.Throws<InvalidInputException>(() => ClusterSnapshotInputValidator.Validate(Target with { Cluster = "-bad" }, night));

        Assert.Equal(4, refused.Problems.Count);
    }
}
