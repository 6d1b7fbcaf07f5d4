using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Integrations;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.Local.Tests.Runner;

public sealed class SimulatorServiceIntegrationsTests : IAsyncDisposable
{
    private const string ExecutionArn = "arn:aws:states:eu-west-1:111122223333:execution:storageops-nightly-snapshots:night-1";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 4, 14, TimeSpan.Zero);
    private readonly VirtualClock clock = new(Now);
    private readonly AwsSimulator simulator;
    private readonly RecordingServiceIntegrationInvoker others;
    private readonly SimulatorServiceIntegrations integrations;

    public SimulatorServiceIntegrationsTests()
    {
        simulator = new AwsSimulator(new SimulatorOptions { TimeProvider = clock });
        others = new RecordingServiceIntegrationInvoker(clock);
        integrations = new SimulatorServiceIntegrations(simulator, others);
    }

    public ValueTask DisposeAsync() => simulator.DisposeAsync();

    private static ServiceIntegrationRequest Request(string service, string action, JsonNode parameters) =>
        new($"arn:aws:states:::{service}:{action}", service, action, parameters, "eu-west-1", "111122223333", ExecutionArn, "PublishSummary");

    [Fact]
    public async Task InvokeAsync_WhenPutEventsHasAJsonDetail_ShouldPublishItsTextWithTheExecutionAsResource()
    {
        var response = await integrations.InvokeAsync(
            Request("events", "putEvents", JsonNode.Parse("""
                {"Entries":[{"Source":"storageops","DetailType":"StorageOps Nightly Summary","EventBusName":"default","Detail":{"night":"2026-12-01","passed":true}}]}
                """)!),
            CancellationToken.None);

        var published = Assert.Single(simulator.EventBridge.Published);
        Assert.Equal(("111122223333", "eu-west-1", "default", "storageops", "StorageOps Nightly Summary"), (published.Account, published.Region, published.EventBusName, published.Source, published.DetailType));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"night":"2026-12-01","passed":true}"""), JsonNode.Parse(published.Detail)));
        Assert.Equal([ExecutionArn], published.Resources);
        Assert.Equal(Now, published.Time);
        Assert.Equal((0, published.EventId), ((int?)response!["FailedEntryCount"], (string?)response["Entries"]![0]!["EventId"]));
        Assert.Empty(others.Calls);
    }

    [Fact]
    public async Task InvokeAsync_WhenAnEntryIsRefused_ShouldReportItInTheResponseAsEventBridgeDoes()
    {
        var response = await integrations.InvokeAsync(
            Request("events", "putEvents", JsonNode.Parse("""{"Entries":[{"Source":"storageops","DetailType":"x","Detail":"not json"}]}""")!),
            CancellationToken.None);

        Assert.Empty(simulator.EventBridge.Published);
        Assert.Equal((1, "MalformedDetail"), ((int?)response!["FailedEntryCount"], (string?)response["Entries"]![0]!["ErrorCode"]));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheCallIsInvalid_ShouldFailTheTaskWithEventBridgesErrorName()
    {
        var failure = await Assert.ThrowsAsync<TaskFailedException>(() => integrations.InvokeAsync(
            Request("events", "putEvents", JsonNode.Parse("""{"Entries":[]}""")!),
            CancellationToken.None));

        Assert.Equal("EventBridge.ValidationException", failure.Error);
        Assert.Contains("greater than or equal to 1", failure.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenAnotherIntegration_ShouldLeaveItToTheOtherInvoker()
    {
        await integrations.InvokeAsync(Request("sns", "publish", JsonNode.Parse("""{"TopicArn":"arn:aws:sns:eu-west-1:111122223333:t","Message":"m"}""")!), CancellationToken.None);

        Assert.Equal("sns", Assert.Single(others.Calls).Service);
        Assert.Empty(simulator.EventBridge.Published);
    }
}
