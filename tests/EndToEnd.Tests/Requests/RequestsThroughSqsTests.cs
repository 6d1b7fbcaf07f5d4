using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Local.Queues;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Hosting;
using StorageOps.Simulator.StepFunctions;
using StorageOps.Testing;

namespace EndToEnd.Tests.Requests;

/// <summary>
/// Request messages through the template's requests queue, its event source mapping and the RouteRequests handler,
/// to the state machines on the simulator — as `storageops send` runs them.
/// </summary>
public sealed class RequestsThroughSqsTests
{
    private const string RouterFunction = "RouteRequestsFunction";

    private static string Provision(string requestId, string name = "analytics") =>
        $$"""{"action":"provision-file-system","requestId":"{{requestId}}","performanceMode":"generalPurpose","throughputMode":"elastic","encrypted":true,"tags":{"Name":"{{name}}"},"rollbackOnFailure":true,"timeoutSeconds":1800}""";

    [Fact]
    public async Task Send_WhenAProvisioningMessageIsSent_ShouldRouteItOnceAndReachASucceededExecution()
    {
        await using var environment = await StartAsync();

        var sent = Assert.Single(await LocalRequestDelivery.SendAsync(environment, Requests(environment), [Provision("req-sqs-1")], CancellationToken.None));

        Assert.False(sent.DeadLettered);
        Assert.Equal(1, sent.ReceiveCount);
        Assert.Equal(ExecutionStatuses.Succeeded, sent.Execution!.Status);
        Assert.Equal("req-sqs-1", sent.Execution.Start.Name);
        Assert.Equal("""{"requestId":"req-sqs-1","performanceMode":"generalPurpose","throughputMode":"elastic","encrypted":true,"tags":{"Name":"analytics"},"rollbackOnFailure":true,"timeoutSeconds":1800}""", sent.Execution.Start.Input);
        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal((string?)JsonNode.Parse(sent.Execution.Outcome!.Output!)!["fileSystemId"], fileSystem.FileSystemId);
        Assert.Equal("req-sqs-1", fileSystem.CreationToken);
        Assert.Empty(Requests(environment).Messages);
        Assert.Empty(Requests(environment).DeadLetterQueue!.Messages);
        var (sqsEvent, _) = Assert.Single(environment.Sqs.EventSources.Single().Invocations);
        var record = sqsEvent["Records"]![0]!;
        Assert.Equal("aws:sqs", (string?)record["eventSource"]);
        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:storageops-requests", (string?)record["eventSourceARN"]);
        Assert.Equal("1", (string?)record["attributes"]!["ApproximateReceiveCount"]);
    }

    [Fact]
    public async Task RouteRequests_WhenTheSameMessageIsDeliveredThreeTimesConcurrently_ShouldStartOneExecutionAndCreateOneFileSystem()
    {
        await using var environment = await StartAsync();
        var body = Provision("req-sqs-duplicate");

        string[] responses;
        using (environment.Clock.BeginActivity())
        {
            responses = await Task.WhenAll(Enumerable.Range(1, 3).Select(delivery => InvokeRouterAsync(environment, [($"copy-{delivery}", body)])));
        }

        await environment.Simulator.StepFunctions.WhenRunsCompleteAsync();

        Assert.All(responses, response => Assert.Empty(FailedIds(response)));
        var stateMachineArn = environment.Wiring.Workflow("provision-file-system").StateMachineArn;
        var execution = Assert.Single(environment.Simulator.StepFunctions.ListExecutions(stateMachineArn, null, null, null).Page);
        Assert.Equal(ExecutionStatuses.Succeeded, execution.Status);
        Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal(1, Requests(environment, "CreateFileSystem"));
    }

    [Fact]
    public async Task Send_WhenTheSameMessageIsQueuedThreeTimes_ShouldDeleteAllThreeAndFollowTheOneExecutionTheyShare()
    {
        await using var environment = await StartAsync();
        var body = Provision("req-sqs-thrice");

        var sent = await LocalRequestDelivery.SendAsync(environment, Requests(environment), [body, body, body], CancellationToken.None);

        Assert.Equal(3, sent.Select(message => message.MessageId).Distinct().Count());
        Assert.All(sent, message => Assert.False(message.DeadLettered));
        Assert.Single(sent.Select(message => message.Execution!.Start.ExecutionArn).Distinct());
        Assert.Equal(ExecutionStatuses.Succeeded, sent[0].Execution!.Status);
        Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal(3, Requests(environment, "StartExecution"));
        Assert.Empty(Requests(environment).Messages);
    }

    [Fact]
    public async Task RouteRequests_WhenOneBatchHoldsThirtyMalformedAndFiveValidMessages_ShouldReportExactlyTheMalformedOnesWhichReachNoAwsApi()
    {
        await using var environment = await StartAsync();
        var malformed = MalformedMessages().Select((body, index) => ($"bad-{index:D2}", body)).ToList();
        var valid = Enumerable.Range(1, 5).Select(index => ($"ok-{index}", Provision($"req-sqs-valid-{index}", $"valid-{index}"))).ToList();
        List<(string, string)> batch = [.. malformed.Take(15), .. valid, .. malformed.Skip(15)];

        string response;
        using (environment.Clock.BeginActivity())
        {
            response = await InvokeRouterAsync(environment, batch);
        }

        await environment.Simulator.StepFunctions.WhenRunsCompleteAsync();

        Assert.True(malformed.Count >= 30);
        Assert.Equal(malformed.Select(message => message.Item1), FailedIds(response));
        var log = environment.Simulator.RequestLog.Snapshot();
        Assert.Equal(5, log.Count(request => request is { Service: RecordedRequest.StepFunctions, Operation: "StartExecution" }));
        Assert.Equal(5, log.Count(request => request is { Service: RecordedRequest.StepFunctions }));
        Assert.Equal(5, log.Count(request => request is { Service: RecordedRequest.Efs, Operation: "CreateFileSystem" }));
        Assert.Equal(
            valid.Select((_, index) => $"req-sqs-valid-{index + 1}").Order(StringComparer.Ordinal),
            environment.Simulator.Efs.PeekFileSystems().Select(fileSystem => fileSystem.CreationToken).Order(StringComparer.Ordinal));
        var stateMachineArn = environment.Wiring.Workflow("provision-file-system").StateMachineArn;
        Assert.All(environment.Simulator.StepFunctions.ListExecutions(stateMachineArn, null, null, null).Page, execution => Assert.Equal(ExecutionStatuses.Succeeded, execution.Status));
        var rejected = environment.FunctionLog.Lines().Where(line => (string?)line["message"] == "request rejected").ToList();
        Assert.Equal(malformed.Select(message => message.Item1), rejected.Select(line => (string?)line["messageId"]));
        Assert.All(rejected, line => Assert.Equal("StorageOps.ValidationError", (string?)line["errorType"]));
    }

    [Fact]
    public async Task Send_WhenAMessageIsMalformed_ShouldRedeliverItAfterEachVisibilityTimeoutAndLeaveItInTheDeadLetterQueueAfterThreeReceives()
    {
        await using var environment = await StartAsync();
        var queue = Requests(environment);

        var sent = Assert.Single(await LocalRequestDelivery.SendAsync(environment, queue, ["""{"action":"provision-file-system","requestId":"req sqs"}"""], CancellationToken.None));

        Assert.True(sent.DeadLettered);
        Assert.Equal(3, sent.ReceiveCount);
        Assert.StartsWith("StorageOps.ValidationError: requestId: 'req sqs' must be 1 to 64 letters", sent.Rejection, StringComparison.Ordinal);
        Assert.Empty(queue.Messages);
        Assert.Equal(sent.MessageId, Assert.Single(queue.DeadLetterQueue!.Messages).MessageId);
        var invocations = environment.Sqs.EventSources.Single().Invocations;
        Assert.Equal(["1", "2", "3"], invocations.Select(invocation => (string?)invocation.Event["Records"]![0]!["attributes"]!["ApproximateReceiveCount"]));
        Assert.All(invocations, invocation => Assert.Equal([sent.MessageId], FailedIds(invocation.Response.Payload!.ToJsonString())));
        Assert.Equal(0, environment.Simulator.RequestLog.Count);
        var handles = invocations.Select(invocation => (string?)invocation.Event["Records"]![0]!["receiptHandle"]).ToList();
        Assert.Equal(3, handles.Distinct().Count());
    }

    [Fact]
    public async Task Send_WhenARequestIdIsReusedWithAnotherBody_ShouldRejectItAsARequestConflictAndStartNothingMore()
    {
        await using var environment = await StartAsync();
        var queue = Requests(environment);
        await LocalRequestDelivery.SendAsync(environment, queue, [Provision("req-sqs-reused")], CancellationToken.None);

        var conflicting = Assert.Single(await LocalRequestDelivery.SendAsync(environment, queue, [Provision("req-sqs-reused", "another-name")], CancellationToken.None));

        Assert.True(conflicting.DeadLettered);
        Assert.StartsWith("StorageOps.RequestConflict: requestId 'req-sqs-reused' was already used for a different provision-file-system request", conflicting.Rejection, StringComparison.Ordinal);
        Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal(1, Requests(environment, "CreateFileSystem"));
        Assert.Equal(4, Requests(environment, "StartExecution"));
        Assert.Equal(3, Requests(environment, "DescribeExecution"));
    }

    private static Task<LocalEnvironment> StartAsync() =>
        LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml") });

    private static LocalQueue Requests(LocalEnvironment environment) => environment.Sqs.Find("requests")!;

    private static int Requests(LocalEnvironment environment, string operation) =>
        environment.Simulator.RequestLog.Snapshot().Count(request => request.Operation == operation);

    private static async Task<string> InvokeRouterAsync(LocalEnvironment environment, IReadOnlyList<(string MessageId, string Body)> messages)
    {
        var sqsEvent = new JsonObject
        {
            ["Records"] = new JsonArray([.. messages.Select(message => (JsonNode)new JsonObject
            {
                ["messageId"] = message.MessageId,
                ["receiptHandle"] = $"handle-{message.MessageId}",
                ["body"] = message.Body,
                ["attributes"] = new JsonObject { ["ApproximateReceiveCount"] = "1", ["SentTimestamp"] = "1767225600000" },
                ["messageAttributes"] = new JsonObject(),
                ["eventSource"] = "aws:sqs",
                ["eventSourceARN"] = environment.Wiring.Queues["RequestsQueue"].Arn,
                ["awsRegion"] = "us-east-1",
            })]),
        };
        var result = await environment.Lambda.InvokeAsync(RouterFunction, sqsEvent, CancellationToken.None);
        Assert.Null(result.FunctionError);
        return result.Payload!.ToJsonString();
    }

    private static List<string> FailedIds(string response) =>
        [.. JsonNode.Parse(response)!["batchItemFailures"]!.AsArray().Select(failure => (string)failure!["itemIdentifier"]!)];

    /// <summary>Thirty-three messages, each wrong in its own way; the ids they carry never appear anywhere else.</summary>
    private static IEnumerable<string> MalformedMessages()
    {
        string[] wrongs =
        [
            "",
            "not json",
            "[]",
            "null",
            """{"action":"provision-file-system","requestId":"bad-1"}{}""",
            """{"requestId":"bad-2"}""",
            """{"action":"create-file-system","requestId":"bad-3"}""",
            """{"action":null,"requestId":"bad-4"}""",
            """{"action":"provision-file-system"}""",
            """{"action":"provision-file-system","requestId":"bad 5"}""",
            """{"action":"provision-file-system","requestId":"bad-6","requestId":"bad-6b"}""",
            """{"action":"provision-file-system","requestId":"bad-7","performanceMode":"fast"}""",
            """{"action":"provision-file-system","requestId":"bad-8","throughputMode":"provisioned"}""",
            """{"action":"provision-file-system","requestId":"bad-9","throughputMode":"provisioned","provisionedThroughputInMibps":5000}""",
            """{"action":"provision-file-system","requestId":"bad-10","performanceMode":"maxIO","throughputMode":"elastic"}""",
            """{"action":"provision-file-system","requestId":"bad-11","encrypted":false,"kmsKeyId":"alias/storageops"}""",
            """{"action":"provision-file-system","requestId":"bad-12","availabilityZoneName":"moon-1"}""",
            """{"action":"provision-file-system","requestId":"bad-13","tags":{"aws:owner":"x"}}""",
            """{"action":"provision-file-system","requestId":"bad-14","tags":{"storageops:request-id":"x"}}""",
            """{"action":"provision-file-system","requestId":"bad-15","tags":{"Name":null}}""",
            """{"action":"provision-file-system","requestId":"bad-16","timeoutSeconds":0}""",
            """{"action":"provision-file-system","requestId":"bad-17","mountTargets":[{"subnetId":"subnet-1"}]}""",
            """{"action":"provision-file-system","requestId":"bad-18","mountTargets":[{"subnetId":"subnet-0a1b2c3d4e5f6000a","ipAddress":"10.0.0.300"}]}""",
            """{"action":"provision-file-system","requestId":"bad-19","mountTargets":[{"subnetId":"subnet-0a1b2c3d4e5f6000a"},{"subnetId":"subnet-0a1b2c3d4e5f6000a"}]}""",
            """{"action":"provision-file-system","requestId":"bad-20","mountTargets":[{"subnetId":"subnet-0a1b2c3d4e5f6000a","securityGroups":["default"]}]}""",
            """{"action":"provision-file-system","requestId":"bad-21","replication":{}}""",
            """{"action":"provision-file-system","requestId":"bad-22","replication":{"fileSystemId":"fs-0123456789abcdef0","kmsKeyId":"alias/storageops"}}""",
            """{"action":"provision-file-system","requestId":"bad-23","replication":{"region":"Mars"}}""",
            """{"action":"provision-file-system","requestId":"bad-24","rollbackOnFailure":"no"}""",
            """{"action":"provision-file-system","requestId":"bad-25","size":100}""",
            """{"action":"teardown-file-system","requestId":"bad-26","fileSystemId":"fs-0123456789abcdef0","force":"yes"}""",
            """{"action":"replicate-file-system","requestId":"bad-28","fileSystemId":"fs-0123456789abcdef0","destination":{}}""",
            """{"action":"update-file-system","requestId":"bad-27","fileSystemId":"fs-0123456789abcdef0"}""",
        ];
        return wrongs;
    }
}
