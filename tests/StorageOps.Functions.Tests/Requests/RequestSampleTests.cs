using System.Text.Json;
using Json.Schema;
using StorageOps.Functions.EventSources;
using StorageOps.Functions.Hosting;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Serialization;
using StorageOps.Testing;
using StorageOps.Functions.Logging;

namespace StorageOps.Functions.Tests.Requests;

/// <summary>The samples in events/ are what users copy: each must pass its schema and the router.</summary>
public sealed class RequestSampleTests
{
    public static TheoryData<string> Actions => [.. RequestActions.All];

    [Theory]
    [MemberData(nameof(Actions))]
    public void Sample_WhenCheckedAgainstItsActionsSchemaAndReader_ShouldPassBoth(string action)
    {
        var body = File.ReadAllText(RepositoryPaths.Combine("events", "requests", $"{action}.json"));
        var schema = JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Combine("schemas", $"{action}.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        Assert.True(schema.Evaluate(JsonDocument.Parse(body).RootElement).IsValid);
        Assert.Equal(action, RequestMessageReader.Read(body).Action);
    }

    [Fact]
    public void SqsEventSample_WhenReadAsTheRouterReadsIt_ShouldCarryTheProvisioningSampleAsItsBody()
    {
        var sqsEvent = StrictJson.Deserialize(File.ReadAllText(RepositoryPaths.Combine("events", "sqs-receive-message.json")), AwsEventsJsonContext.Default.SqsEvent)!;

        var record = Assert.Single(sqsEvent.Records);
        Assert.Equal("aws:sqs", record.EventSource);
        Assert.Equal("1", record.Attributes!["ApproximateReceiveCount"]);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Combine("events", "requests", "provision-file-system.json")), record.Body);
    }

    [Fact]
    public async Task SqsEventSample_WhenRouted_ShouldStartTheProvisioningStateMachine()
    {
        var stepFunctions = new InMemoryStepFunctions();
        var function = new RouteRequestsFunction(
            new RequestRouter(stepFunctions.InHomeRegion(), new Dictionary<string, string> { [RequestActions.ProvisionFileSystem] = "arn:aws:states:us-east-1:123456789012:stateMachine:storageops-provision-file-system" }),
            new FunctionLogger(TextWriter.Null, TimeProvider.System, new Dictionary<string, string>()));

        var response = await function.InvokeAsync(File.ReadAllText(RepositoryPaths.Combine("events", "sqs-receive-message.json")), new LambdaInvocation("lambda-1", DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.Equal("""{"batchItemFailures":[]}""", response);
        Assert.Equal("req-2026-12-01-analytics", Assert.Single(stepFunctions.Started).Name);
    }
}
