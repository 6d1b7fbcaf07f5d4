using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Replication;
using StorageOps.Functions.Tests.FileSystems;
using StorageOps.Testing;
using StorageOps.Functions.Logging;

namespace StorageOps.Functions.Tests.Replication;

public sealed class CheckReplicationHealthFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-01T10:15:00Z", CultureInfo.InvariantCulture);
    private readonly ReplicationListingEfs efs = new();
    private readonly StringWriter log = new();
    private readonly CheckReplicationHealthFunction function;

    public CheckReplicationHealthFunctionTests()
    {
        function = new CheckReplicationHealthFunction(new ReplicationHealthChecker(efs.Clients(), new ManualClock(Now), 3600, new FunctionLogger(log, TimeProvider.System, new Dictionary<string, string>())));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"scheduledTime":null}""")]
    [InlineData("""{"scheduledTime":""}""")]
    [InlineData("""{"scheduledTime":"yesterday"}""")]
    [InlineData("""{"scheduledTime":"2026-12-01T10:15:00"}""")]
    [InlineData("""{"scheduledTime":"2026-12-01 10:15:00Z"}""")]
    [InlineData("""{"scheduledTime":"2026-13-01T10:15:00Z"}""")]
    [InlineData("""{"scheduledTime":"2026-12-01T10:15:00Z\n"}""")]
    [InlineData("""{"scheduledTime":1764584100}""")]
    [InlineData("""{"scheduledTime":"2026-12-01T10:15:00Z","extra":1}""")]
    [InlineData("[]")]
    [InlineData("null")]
    public async Task InvokeAsync_WhenTheInputIsInvalid_ShouldFailWithValidationErrorBeforeAnyAwsCall(string eventJson)
    {
        var thrown = await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(eventJson, Invocation, CancellationToken.None));

        Assert.Equal(ErrorNames.ValidationError, thrown.ErrorType);
        Assert.Empty(efs.Requests);
        Assert.Empty(log.ToString());
    }

    [Theory]
    [InlineData("2026-12-01T10:15:00Z")]
    [InlineData("2026-12-01T10:15:00.123Z")]
    [InlineData("2026-12-01T11:15:00+01:00")]
    public async Task InvokeAsync_WhenTheScheduledTimeIsRfc3339_ShouldCheck(string scheduledTime)
    {
        var json = await function.InvokeAsync($$"""{"scheduledTime":"{{scheduledTime}}"}""", Invocation, CancellationToken.None);

        Assert.True((bool)JsonNode.Parse(json)!["healthy"]!);
        Assert.Single(efs.Requests);
    }

    [Fact]
    public async Task InvokeAsync_WhenDestinationsAreHealthyAndNot_ShouldReturnAReportThatPassesItsSchema()
    {
        efs.Add("fs-00000000000000001", Now.AddDays(-1), ReplicationListingEfs.Destination("fs-10000000000000001", "ENABLED", Now.AddSeconds(-61)));
        efs.Add("fs-00000000000000002", Now.AddDays(-1), ReplicationListingEfs.Destination("fs-10000000000000002", "ERROR", Now.AddHours(-3), "key gone"));
        efs.Add("fs-00000000000000003", Now.AddMinutes(-5), ReplicationListingEfs.Destination("fs-10000000000000003", "ENABLING", lastReplicated: null));

        var json = await function.InvokeAsync("""{"scheduledTime":"2026-12-01T10:15:00Z"}""", Invocation, CancellationToken.None);

        var schema = JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Combine("schemas", "replication-health-report.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var evaluation = schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, json);

        var report = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["checkedAt", "lagThresholdSeconds", "replications", "destinations", "unhealthy", "healthy", "destinationsReport"], report.Select(member => member.Key));
        Assert.Equal(3, (int)report["replications"]!);
        Assert.Equal(1, (int)report["unhealthy"]!);
        Assert.False((bool)report["healthy"]!);
        var error = report["destinationsReport"]![1]!.AsObject();
        Assert.Equal(
            ["sourceFileSystemId", "destinationFileSystemId", "destinationRegion", "status", "statusMessage", "lagSeconds", "lastReplicatedTimestamp", "unhealthy", "reason"],
            error.Select(member => member.Key));
        Assert.Equal(10800, (long)error["lagSeconds"]!);
        var enabling = report["destinationsReport"]![2]!.AsObject();
        Assert.Equal(["sourceFileSystemId", "destinationFileSystemId", "destinationRegion", "status", "lagSeconds", "unhealthy"], enabling.Select(member => member.Key));
    }

    [Fact]
    public async Task InvokeAsync_WhenAReportBreaksTheSchema_ShouldBeCaughtByIt()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Combine("schemas", "replication-health-report.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var json = await function.InvokeAsync("""{"scheduledTime":"2026-12-01T10:15:00Z"}""", Invocation, CancellationToken.None);
        var report = JsonNode.Parse(json)!.AsObject();
        report["unexpected"] = 1;

        Assert.False(schema.Evaluate(JsonDocument.Parse(report.ToJsonString()).RootElement).IsValid);
    }
}
