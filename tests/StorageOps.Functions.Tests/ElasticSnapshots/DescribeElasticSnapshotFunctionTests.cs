using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Tests.ElasticSnapshots;

public sealed class DescribeElasticSnapshotFunctionTests
{
    private readonly ElasticSnapshotScenario scenario = new();

    [Fact]
    public async Task InvokeAsync_WhenTheCopyGoesFromCreatingToActive_ShouldPollUntilReady()
    {
        scenario.AddAutomated(hoursBefore: 2);
        var startedAt = scenario.Clock.Now;
        var copy = await scenario.CopyAsync();
        var polls = 0;
        var status = copy;
        while (!status.Ready)
        {
            Assert.True(status.SecondsUntilNextPoll >= 1);
            scenario.Clock.Now = scenario.Clock.Now.AddSeconds(status.SecondsUntilNextPoll);
            if (scenario.Clock.Now - startedAt >= TimeSpan.FromSeconds(100))
            {
                scenario.Elastic.Find(ElasticSnapshotScenario.CopyName)!.Status = "ACTIVE";
            }

            status = await scenario.DescribeAsync(copy.SnapshotArn);
            polls++;
        }

        Assert.Equal("ACTIVE", status.Status);
        Assert.Equal(0, status.SecondsUntilNextPoll);
        Assert.False(status.Created);
        Assert.Null(status.SourceSnapshotArn);
        Assert.Equal(ElasticSnapshotScenario.CopyName, status.Snapshot);
        Assert.Equal(3, polls);
    }

    [Theory]
    [InlineData("CREATING")]
    [InlineData("COPYING")]
    public async Task InvokeAsync_WhenTheCopyIsInProgressNearTheDeadline_ShouldNeverWaitPastIt(string status)
    {
        scenario.AddAutomated(hoursBefore: 2);
        var copy = await scenario.CopyAsync();
        scenario.Elastic.Find(ElasticSnapshotScenario.CopyName)!.Status = status;
        scenario.Clock.Now = ElasticSnapshotScenario.Deadline.AddSeconds(-7);

        var described = await scenario.DescribeAsync(copy.SnapshotArn);

        Assert.False(described.Ready);
        Assert.Equal(status, described.Status);
        Assert.Equal(7, described.SecondsUntilNextPoll);
    }

    [Theory]
    [InlineData("INACCESSIBLE_ENCRYPTION_CREDS")]
    [InlineData("DELETING")]
    [InlineData("STOPPED")]
    public async Task InvokeAsync_WhenTheCopyEndsInAnotherStatus_ShouldFailWithSnapshotFailedNamingIt(string status)
    {
        scenario.AddAutomated(hoursBefore: 2);
        var copy = await scenario.CopyAsync();
        scenario.Elastic.Find(ElasticSnapshotScenario.CopyName)!.Status = status;

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.DescribeAsync(copy.SnapshotArn));

        Assert.Equal(ErrorNames.SnapshotFailed, failure.ErrorType);
        Assert.Contains(status, failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(ElasticSnapshotScenario.CopyName, failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheCopyIsStillCreatingAtTheDeadline_ShouldFailWithDeadlineExceeded()
    {
        scenario.AddAutomated(hoursBefore: 2);
        var copy = await scenario.CopyAsync();
        scenario.Clock.Now = ElasticSnapshotScenario.Deadline.AddSeconds(1);

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.DescribeAsync(copy.SnapshotArn));

        Assert.Equal(ErrorNames.DeadlineExceeded, failure.ErrorType);
        Assert.Contains("CREATING", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheCopyBecameActiveJustAfterTheDeadline_ShouldStillReportItReady()
    {
        scenario.AddAutomated(hoursBefore: 2);
        var copy = await scenario.CopyAsync();
        scenario.Elastic.Find(ElasticSnapshotScenario.CopyName)!.Status = "ACTIVE";
        scenario.Clock.Now = ElasticSnapshotScenario.Deadline.AddSeconds(1);

        Assert.True((await scenario.DescribeAsync(copy.SnapshotArn)).Ready);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheCopyHasDisappeared_ShouldFailWithSnapshotFailed()
    {
        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.DescribeAsync("arn:aws:docdb-elastic:eu-west-1:123456789012:cluster-snapshot/gone"));

        Assert.Equal(ErrorNames.SnapshotFailed, failure.ErrorType);
        Assert.Contains("gone", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheArnIsAnotherSnapshot_ShouldFailWithValidationError()
    {
        var automated = scenario.AddAutomated(hoursBefore: 2);

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.DescribeAsync(automated.Arn));

        Assert.Equal(ErrorNames.ValidationError, failure.ErrorType);
    }

    [Fact]
    public async Task InvokeAsync_WhenThrottled_ShouldFailWithThrottled()
    {
        scenario.AddAutomated(hoursBefore: 2);
        var copy = await scenario.CopyAsync();
        scenario.Elastic.FailNext("GetClusterSnapshot", InMemoryDocDbElastic.Throttling());

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.DescribeAsync(copy.SnapshotArn));

        Assert.Equal(ErrorNames.Throttled, failure.ErrorType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("snap-123")]
    [InlineData("arn:aws:docdb-elastic:eu-west-1:123456789012:cluster/0f1e2d3c4b5a")]
    [InlineData("arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:storageops-orders-20261201")]
    public async Task InvokeAsync_WhenTheSnapshotArnIsInvalid_ShouldFailWithValidationErrorBeforeAnyAwsCall(string snapshotArn)
    {
        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.DescribeAsync(snapshotArn));

        Assert.Equal(ErrorNames.ValidationError, failure.ErrorType);
        Assert.Empty(scenario.Elastic.Calls);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheSnapshotArnIsMissing_ShouldFailWithValidationErrorBeforeAnyAwsCall()
    {
        var json = scenario.CopyJson(ElasticSnapshotScenario.NightOf());

        var failure = await ElasticSnapshotScenario.FailureOf(() => ElasticSnapshotScenario.InvokeAsync(scenario.DescribeFunction(), json));

        Assert.Equal(ErrorNames.ValidationError, failure.ErrorType);
        Assert.Contains("snapshotArn", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(scenario.Elastic.Calls);
    }
}
