using System.Text.Json.Nodes;
using StorageOps.Aws;
using StorageOps.Aws.Rds;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.Tests.SnapshotTargets;

public sealed class StartNightlySnapshotsFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly InMemoryRds rds = new();

    private StartNightlySnapshotsFunction Function(params (string Name, string Value)[] variables) =>
        new(new NightStarter(rds.Clients(), NightSettings.From(variables.ToDictionary(variable => variable.Name, variable => variable.Value))));

    private async Task<JsonObject> StartAsync(string scheduledTime, params (string Name, string Value)[] variables) =>
        JsonNode.Parse(await Function(variables).InvokeAsync($$"""{"scheduledTime":"{{scheduledTime}}"}""", Invocation, CancellationToken.None))!.AsObject();

    [Fact]
    public async Task InvokeAsync_WhenScheduledAtThreeUtcWithDefaults_ShouldReturnTheNightItsEmptySummaryAndANullCursor()
    {
        var started = await StartAsync("2026-12-01T03:00:00Z");

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"night":{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00+00:00","deadline":"2026-12-01T07:00:00+00:00","retention":{"keepDaily":7,"keepWeekly":4,"keepMonthly":3,"minKeep":3,"dryRun":false},"maxConcurrency":16,"toleratedFailurePercentage":5,"pagesInFlight":25},"summary":{"night":"2026-12-01","passed":true,"targets":0,"succeeded":0,"failed":0,"skipped":0,"pruned":0,"dryRun":false,"quota":{"region":"eu-west-1","used":0,"limit":100,"headroom":100,"percentUsed":0,"warning":null},"omittedResults":0,"results":[]},"cursor":null}"""),
            started),
            started.ToJsonString());
    }

    [Theory]
    [InlineData("2026-11-30T23:30:00Z", "Europe/Paris", "2026-12-01")]
    [InlineData("2026-12-01T03:00:00Z", "America/New_York", "2026-11-30")]
    [InlineData("2026-12-01T03:00:00+01:00", "UTC", "2026-12-01")]
    [InlineData("2026-12-01T00:30:00+01:00", "UTC", "2026-11-30")]
    [InlineData("2026-12-01T14:00:00Z", "Pacific/Kiritimati", "2026-12-02")]
    public async Task InvokeAsync_WhenTheScheduleHasATimeZone_ShouldDateTheNightByTheScheduledTimeInThatZone(string scheduledTime, string timeZone, string night)
    {
        var started = await StartAsync(scheduledTime, (NightlyVariables.ScheduleTimeZone, timeZone));

        Assert.Equal(night, (string?)started["night"]!["date"]);
        Assert.Equal(night, (string?)started["summary"]!["night"]);
    }

    [Fact]
    public async Task InvokeAsync_WhenEveryVariableIsSet_ShouldCarryThemIntoTheNight()
    {
        var started = await StartAsync(
            "2026-12-01T03:00:00Z",
            (NightlyVariables.NightWindowMinutes, "90"),
            (NightlyVariables.RetentionKeepDaily, "14"),
            (NightlyVariables.RetentionKeepWeekly, "0"),
            (NightlyVariables.RetentionKeepMonthly, "12"),
            (NightlyVariables.RetentionMinKeep, "5"),
            (NightlyVariables.RetentionDryRun, "TRUE"),
            (NightlyVariables.SnapshotQuota, "300"),
            (NightlyVariables.MaxConcurrency, "500"),
            (NightlyVariables.ToleratedFailurePercentage, "0"),
            (NightlyVariables.ElasticCopyKmsKeyId, "alias/storageops-copies"));

        var night = started["night"]!;
        Assert.Equal("2026-12-01T04:30:00+00:00", (string?)night["deadline"]);
        Assert.Equal("""{"keepDaily":14,"keepWeekly":0,"keepMonthly":12,"minKeep":5,"dryRun":true}""", night["retention"]!.ToJsonString());
        Assert.Equal(500, (int)night["maxConcurrency"]!);
        Assert.Equal(0, (int)night["toleratedFailurePercentage"]!);
        Assert.Equal("alias/storageops-copies", (string?)night["elasticCopyKmsKeyId"]);
        Assert.True((bool)started["summary"]!["dryRun"]!);
        Assert.Equal(300, (int)started["summary"]!["quota"]!["limit"]!);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheRegionHasManyManualSnapshots_ShouldCountEveryOneOverEveryPageOursOrNot()
    {
        for (var index = 0; index < 250; index++)
        {
            rds.AddSnapshot(index % 2 == 0 ? $"storageops-cluster-{index}-20261130" : $"someone-elses-{index}", $"cluster-{index % 7}");
        }

        for (var index = 0; index < 30; index++)
        {
            rds.AddSnapshot($"rds:cluster-{index}-2026-11-30", $"cluster-{index % 7}", "automated");
        }

        var started = await StartAsync("2026-12-01T03:00:00Z", (NightlyVariables.SnapshotQuota, "1000"));

        Assert.Equal(
            """{"region":"eu-west-1","used":250,"limit":1000,"headroom":750,"percentUsed":25,"warning":null}""",
            started["summary"]!["quota"]!.ToJsonString());
        Assert.Equal([(int?)100, 100, 100], rds.Calls.Select(call => call.MaxRecords));
        Assert.All(rds.Calls, call => Assert.Equal("DescribeDBClusterSnapshots", call.Operation));
    }

    [Theory]
    [InlineData(89, false)]
    [InlineData(90, true)]
    [InlineData(99, true)]
    [InlineData(104, true)]
    public async Task InvokeAsync_WhenTheQuotaIsNearlyUsed_ShouldWarnFromNinetyPercent(int used, bool warns)
    {
        for (var index = 0; index < used; index++)
        {
            rds.AddSnapshot($"manual-{index}", "payments");
        }

        var quota = (await StartAsync("2026-12-01T03:00:00Z"))["summary"]!["quota"]!;

        Assert.Equal(warns, quota["warning"] is not null);
        Assert.Equal(Math.Max(0, 100 - used), (int)quota["headroom"]!);
        if (warns)
        {
            Assert.Contains($"{used} of the 100 manual DB cluster snapshots allowed in eu-west-1", (string?)quota["warning"], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"scheduledTime":null}""")]
    [InlineData("""{"scheduledTime":"tonight"}""")]
    [InlineData("""{"scheduledTime":"1999-12-31T03:00:00Z"}""")]
    [InlineData("""{"scheduledTime":"2026-12-01T03:00:00Z","extra":1}""")]
    [InlineData("""{"scheduledTime":"2026-12-01T03:00:00Z","scheduledTime":"2026-12-02T03:00:00Z"}""")]
    public async Task InvokeAsync_WhenTheInputIsMalformed_ShouldFailWithValidationErrorBeforeAnyAwsCall(string eventJson)
    {
        var failure = await Assert.ThrowsAsync<InvalidInputException>(() => Function().InvokeAsync(eventJson, Invocation, CancellationToken.None));

        Assert.Equal(ErrorNames.ValidationError, failure.ErrorType);
        Assert.Empty(rds.Calls);
    }

    [Theory]
    [InlineData(NightlyVariables.ScheduleTimeZone, "Mars/Olympus_Mons")]
    [InlineData(NightlyVariables.NightWindowMinutes, "0")]
    [InlineData(NightlyVariables.NightWindowMinutes, "four hours")]
    [InlineData(NightlyVariables.RetentionKeepDaily, "-1")]
    [InlineData(NightlyVariables.RetentionKeepWeekly, "1.5")]
    [InlineData(NightlyVariables.RetentionKeepMonthly, "x")]
    [InlineData(NightlyVariables.RetentionMinKeep, "0")]
    [InlineData(NightlyVariables.RetentionDryRun, "yes")]
    [InlineData(NightlyVariables.SnapshotQuota, "0")]
    [InlineData(NightlyVariables.MaxConcurrency, "10001")]
    [InlineData(NightlyVariables.ToleratedFailurePercentage, "101")]
    [InlineData(NightlyVariables.ElasticCopyKmsKeyId, "alias/with space")]
    public void Build_WhenAVariableHasABadValue_ShouldFailAtInitNamingTheVariable(string name, string value)
    {
        var environment = new FunctionEnvironment(
            new Dictionary<string, string> { [FunctionEnvironment.RegionVariable] = InMemoryRds.Region, [name] = value },
            TimeProvider.System,
            new AwsClientSettings { ServiceUrl = "http://127.0.0.1:9" });

        var failure = Assert.Throws<ConfigurationException>(() => FunctionComposition.Registry.Build(StartNightlySnapshotsFunction.HandlerName, environment));

        Assert.StartsWith($"{name}: '{value}'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WhenNoVariableIsSet_ShouldBuildTheHandlerWithTheDefaults()
    {
        var environment = new FunctionEnvironment(
            new Dictionary<string, string> { [FunctionEnvironment.RegionVariable] = InMemoryRds.Region },
            TimeProvider.System,
            new AwsClientSettings { ServiceUrl = "http://127.0.0.1:9" });

        Assert.Equal(StartNightlySnapshotsFunction.HandlerName, FunctionComposition.Registry.Build(StartNightlySnapshotsFunction.HandlerName, environment).Name);
        Assert.Equal(
            new NightSettings(TimeZoneInfo.Utc, TimeSpan.FromHours(4), new(7, 4, 3, 3, false), 100, 16, 5, null),
            NightSettings.From(new Dictionary<string, string>()) with { TimeZone = TimeZoneInfo.Utc });
    }

    [Fact]
    public async Task InvokeAsync_WhenTheServiceIsThrottling_ShouldLetTheThrottlingErrorThroughForTheStateMachineToRetry()
    {
        var function = new StartNightlySnapshotsFunction(new NightStarter(new RegionalClients<IRdsClient>(InMemoryRds.Region, _ => new ThrottlingRds()), NightSettings.From(new Dictionary<string, string>())));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => function.InvokeAsync("""{"scheduledTime":"2026-12-01T03:00:00Z"}""", Invocation, CancellationToken.None));

        Assert.Equal(ErrorNames.Throttled, LambdaErrorDocument.From(failure).ErrorType);
    }
}
