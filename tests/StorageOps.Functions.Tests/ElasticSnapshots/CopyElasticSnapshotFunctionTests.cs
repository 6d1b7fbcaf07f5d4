using System.Net;
using System.Text.Json.Nodes;
using StorageOps.Aws.DocDbElastic;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Ownership;

namespace StorageOps.Functions.Tests.ElasticSnapshots;

public sealed class CopyElasticSnapshotFunctionTests
{
    private readonly ElasticSnapshotScenario scenario = new();

    [Fact]
    public async Task InvokeAsync_WhenTheAutomatedSnapshotsSpanSeveralPages_ShouldCopyTheNewestActiveOne()
    {
        scenario.AddAutomated(hoursBefore: 72);
        var newest = scenario.AddAutomated(hoursBefore: 2);
        scenario.AddAutomated(hoursBefore: 48);
        scenario.AddAutomated(hoursBefore: 24);
        scenario.AddAutomated(hoursBefore: 0.5, status: "CREATING");
        scenario.Elastic.Add(scenario.Target.Arn, "manual-newer", "MANUAL", ElasticSnapshotScenario.ScheduledTime);

        var status = await scenario.CopyAsync();

        Assert.Equal(newest.Arn, Assert.Single(scenario.Elastic.CopyRequests).SnapshotArn);
        Assert.Equal(newest.Arn, status.SourceSnapshotArn);
        Assert.Equal(3, scenario.Elastic.Calls.Count(call => call.StartsWith("ListClusterSnapshots", StringComparison.Ordinal)));
        Assert.All(
            scenario.Elastic.Calls.Where(call => call.StartsWith("ListClusterSnapshots", StringComparison.Ordinal)),
            call => Assert.Contains($"{scenario.Target.Arn} automated", call, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvokeAsync_WhenCopied_ShouldUseTheNightsNameCopyTagsAndTagItOursForTheNight()
    {
        scenario.AddAutomated(hoursBefore: 2, tags: new Dictionary<string, string> { ["team"] = "orders" });

        var status = await scenario.CopyAsync();

        var request = Assert.Single(scenario.Elastic.CopyRequests);
        Assert.Equal(ElasticSnapshotScenario.CopyName, request.TargetSnapshotName);
        Assert.True(request.CopyTags);
        Assert.Null(request.KmsKeyId);
        Assert.Equal(
            new Dictionary<string, string> { [OwnershipTags.ManagedBy] = OwnershipTags.ManagedByValue, [OwnershipTags.Night] = "2026-12-01" },
            request.Tags);
        var copy = scenario.Elastic.Find(ElasticSnapshotScenario.CopyName)!;
        Assert.Equal("orders", copy.Tags["team"]);
        Assert.Equal(ElasticSnapshotScenario.CopyName, status.Snapshot);
        Assert.Equal(copy.Arn, status.SnapshotArn);
        Assert.True(status.Created);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheCopyStarted_ShouldAskForAPollAfterTheExpectedCopyDurationAndWriteEveryMember()
    {
        scenario.AddAutomated(hoursBefore: 2);

        var json = await ElasticSnapshotScenario.InvokeAsync(scenario.CopyFunction(), scenario.CopyJson(ElasticSnapshotScenario.NightOf()));

        var result = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["snapshot", "snapshotArn", "sourceSnapshotArn", "status", "ready", "secondsUntilNextPoll", "created"], result.Select(member => member.Key));
        Assert.Equal("CREATING", (string?)result["status"]);
        Assert.False((bool)result["ready"]!);
        Assert.Equal(90, (int)result["secondsUntilNextPoll"]!);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheClusterHasNoAutomatedSnapshot_ShouldFailWithNoAutomatedSnapshotWithoutCopying()
    {
        scenario.Elastic.Add(scenario.Target.Arn, "manual-only", "MANUAL", ElasticSnapshotScenario.ScheduledTime.AddDays(-1));
        scenario.Elastic.Add(InMemoryDocDbElastic.ClusterArn("another"), "other-automated", "AUTOMATED", ElasticSnapshotScenario.ScheduledTime.AddDays(-1));

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.CopyAsync());

        Assert.Equal(ErrorNames.NoAutomatedSnapshot, failure.ErrorType);
        Assert.Contains(ElasticSnapshotScenario.Cluster, failure.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("CopyClusterSnapshot", scenario.Elastic.Operations);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheOnlyAutomatedSnapshotIsStillBeingTaken_ShouldFailWithNoAutomatedSnapshotNamingItsStatus()
    {
        scenario.AddAutomated(hoursBefore: 0.5, status: "CREATING");

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.CopyAsync());

        Assert.Equal(ErrorNames.NoAutomatedSnapshot, failure.ErrorType);
        Assert.Contains("CREATING", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheNightsCopyIsAlreadyOurs_ShouldSucceedWithCreatedFalseAndCopyOnce()
    {
        var source = scenario.AddAutomated(hoursBefore: 2);
        var first = await scenario.CopyAsync();
        scenario.Clock.Now = scenario.Clock.Now.AddSeconds(30);

        var second = await scenario.CopyAsync();

        Assert.False(second.Created);
        Assert.Equal(first.SnapshotArn, second.SnapshotArn);
        Assert.Equal(source.Arn, second.SourceSnapshotArn);
        Assert.Equal(60, second.SecondsUntilNextPoll);
        Assert.Single(scenario.Elastic.All, snapshot => snapshot.Type == "MANUAL");
    }

    [Fact]
    public async Task InvokeAsync_WhenTheNightsNameIsTakenBySomeoneElse_ShouldFailWithNotOwnedAndLeaveItAlone()
    {
        scenario.AddAutomated(hoursBefore: 2);
        var foreign = scenario.Elastic.Add(scenario.Target.Arn, ElasticSnapshotScenario.CopyName, "MANUAL", ElasticSnapshotScenario.ScheduledTime, tags: new Dictionary<string, string> { ["owner"] = "dba" });

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.CopyAsync());

        Assert.Equal(ErrorNames.NotOwned, failure.ErrorType);
        Assert.Contains(foreign.Arn, failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(foreign, scenario.Elastic.All);
        Assert.DoesNotContain("DeleteClusterSnapshot", scenario.Elastic.Operations);
    }

    [Fact]
    public async Task InvokeAsync_WhenAConflictIsNotAboutTheNightsName_ShouldFailAsTheServiceError()
    {
        var source = scenario.AddAutomated(hoursBefore: 2);
        scenario.Elastic.FailNext("CopyClusterSnapshot", new ConflictException("The source snapshot is busy.", "req", HttpStatusCode.Conflict, source.Arn, "snapshot"));

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.CopyAsync());

        Assert.Equal(ErrorNames.AwsServiceError, failure.ErrorType);
        Assert.Contains("ConflictException", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("AWS_OWNED_KMS_KEY")]
    public async Task InvokeAsync_WhenTheNightNamesAKmsKeyAndTheSourceIsNotCustomerKeyEncrypted_ShouldRefuseBeforeTheCopy(string? sourceKey)
    {
        scenario.AddAutomated(hoursBefore: 2, kmsKeyId: sourceKey);

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.CopyAsync(ElasticSnapshotScenario.NightOf(kmsKeyId: "alias/storageops")));

        Assert.Equal(ErrorNames.ValidationError, failure.ErrorType);
        Assert.Contains("elasticCopyKmsKeyId", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("CopyClusterSnapshot", scenario.Elastic.Operations);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheNightNamesAKmsKeyAndTheSourceIsEncrypted_ShouldCopyWithThatKey()
    {
        scenario.AddAutomated(hoursBefore: 2);

        await scenario.CopyAsync(ElasticSnapshotScenario.NightOf(kmsKeyId: "alias/storageops"));

        Assert.Equal("alias/storageops", Assert.Single(scenario.Elastic.CopyRequests).KmsKeyId);
    }

    public static TheoryData<Exception> KmsFailures() => new()
    {
        new AccessDeniedException("User is not authorized to perform kms:CreateGrant on the KMS key.", "req", HttpStatusCode.Forbidden),
        new ValidationException("The key is disabled.", "req", HttpStatusCode.BadRequest, "fieldValidationFailed", [new ValidationExceptionField("kmsKeyId", "disabled")]),
        new ValidationException("The KMS key 'alias/gone' does not exist or is not accessible.", "req", HttpStatusCode.BadRequest, "other", []),
    };

    [Theory]
    [MemberData(nameof(KmsFailures))]
    public async Task InvokeAsync_WhenTheKmsKeyIsNotAccessible_ShouldFailWithKmsKeyNotAccessible(Exception refusal)
    {
        scenario.AddAutomated(hoursBefore: 2);
        scenario.Elastic.FailNext("CopyClusterSnapshot", refusal);

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.CopyAsync(ElasticSnapshotScenario.NightOf(kmsKeyId: "alias/storageops")));

        Assert.Equal(ErrorNames.KmsKeyNotAccessible, failure.ErrorType);
        Assert.Contains("alias/storageops", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenAccessIsDeniedForAnotherReason_ShouldFailAsTheServiceError()
    {
        scenario.AddAutomated(hoursBefore: 2);
        scenario.Elastic.FailNext("CopyClusterSnapshot", new AccessDeniedException("User is not authorized to perform docdb-elastic:CopyClusterSnapshot.", "req", HttpStatusCode.Forbidden));

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.CopyAsync());

        Assert.Equal(ErrorNames.AwsServiceError, failure.ErrorType);
    }

    [Theory]
    [InlineData("ListClusterSnapshots")]
    [InlineData("CopyClusterSnapshot")]
    public async Task InvokeAsync_WhenDocumentDbElasticThrottles_ShouldFailWithThrottledForTheStateMachineToRetry(string operation)
    {
        scenario.AddAutomated(hoursBefore: 2);
        scenario.Elastic.FailNext(operation, InMemoryDocDbElastic.Throttling());

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.CopyAsync());

        Assert.Equal(ErrorNames.Throttled, failure.ErrorType);
    }

    [Fact]
    public async Task InvokeAsync_WhenThrottledAndRetried_ShouldMakeOneCopy()
    {
        scenario.AddAutomated(hoursBefore: 2);
        scenario.Elastic.FailNext("ListClusterSnapshots", InMemoryDocDbElastic.Throttling());
        await ElasticSnapshotScenario.FailureOf(() => scenario.CopyAsync());

        var status = await scenario.CopyAsync();

        Assert.True(status.Created);
        Assert.Single(scenario.Elastic.All, snapshot => snapshot.Type == "MANUAL");
    }

    [Fact]
    public async Task InvokeAsync_WhenTheNightsDeadlineHasPassed_ShouldFailWithDeadlineExceededWithoutAnyAwsCall()
    {
        scenario.AddAutomated(hoursBefore: 2);
        scenario.Clock.Now = ElasticSnapshotScenario.Deadline;

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.CopyAsync());

        Assert.Equal(ErrorNames.DeadlineExceeded, failure.ErrorType);
        Assert.Empty(scenario.Elastic.Calls);
    }

    public static TheoryData<string> InvalidInputs() => new()
    {
        "{}",
        """{"target":{"cluster":"orders-docdb","kind":"docdb-elastic","arn":"arn:aws:docdb-elastic:eu-west-1:123456789012:cluster/abc"}}""",
        Replace("\"kind\":\"docdb-elastic\"", "\"kind\":\"aurora\""),
        Replace("arn:aws:docdb-elastic:eu-west-1:123456789012:cluster/0f1e2d3c4b5a", "arn:aws:rds:eu-west-1:123456789012:cluster:orders"),
        Replace("\"cluster\":\"orders-docdb\"", "\"cluster\":\"\""),
        Replace("\"date\":\"2026-12-01\"", "\"date\":\"01/12/2026\""),
        Replace("\"minKeep\":3", "\"minKeep\":0"),
        Replace("\"deadline\":\"2026-12-01T07:00:00+00:00\"", "\"deadline\":\"2026-12-01T02:00:00+00:00\""),
        Replace("\"elasticCopyKmsKeyId\":\"alias/storageops\"", "\"elasticCopyKmsKeyId\":\"\""),
        Replace("\"night\":{", "\"extra\":1,\"night\":{"),
        "null",
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task InvokeAsync_WhenTheInputIsInvalid_ShouldFailWithValidationErrorBeforeAnyAwsCall(string eventJson)
    {
        scenario.AddAutomated(hoursBefore: 2);

        var failure = await ElasticSnapshotScenario.FailureOf(() => ElasticSnapshotScenario.InvokeAsync(scenario.CopyFunction(), eventJson));

        Assert.Equal(ErrorNames.ValidationError, failure.ErrorType);
        Assert.Empty(scenario.Elastic.Calls);
    }

    [Fact]
    public void ValidInput_WhenUsedByTheInvalidInputs_ShouldContainEveryReplacedFragment()
    {
        var valid = ValidJson();
        foreach (var fragment in new[] { "\"kind\":\"docdb-elastic\"", "\"cluster\":\"orders-docdb\"", "\"date\":\"2026-12-01\"", "\"minKeep\":3", "\"deadline\":\"2026-12-01T07:00:00+00:00\"", "\"elasticCopyKmsKeyId\":\"alias/storageops\"" })
        {
            Assert.Contains(fragment, valid, StringComparison.Ordinal);
        }
    }

    private static string ValidJson() => new ElasticSnapshotScenario().CopyJson(ElasticSnapshotScenario.NightOf(kmsKeyId: "alias/storageops"));

    private static string Replace(string fragment, string replacement) => ValidJson().Replace(fragment, replacement, StringComparison.Ordinal);
}
