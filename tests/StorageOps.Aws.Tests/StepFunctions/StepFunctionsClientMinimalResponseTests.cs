using StorageOps.Aws.StepFunctions;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.StepFunctions;

/// <summary>
/// Every <see cref="IStepFunctionsClient"/> operation against a server that answers the smallest valid awsJson1_0
/// response, <c>200 {}</c>: each call sends one request (StartExecution is never started twice) and returns; an
/// unreadable response is one <see cref="AwsResponseFormatException"/>.
/// </summary>
public sealed class StepFunctionsClientMinimalResponseTests
{
    private const string StateMachineArn = "arn:aws:states:us-east-1:111122223333:stateMachine:provision";
    private const string ExecutionArn = "arn:aws:states:us-east-1:111122223333:execution:provision:req-1";

    private static readonly Dictionary<string, string[]> Inputs = new()
    {
        ["StartExecution"] = [$$"""{"stateMachineArn":"{{StateMachineArn}}","name":"req-1","input":"{}"}"""],
        ["DescribeExecution"] = [$$"""{"executionArn":"{{ExecutionArn}}"}"""],
        ["ListExecutions"] = [$$"""{"stateMachineArn":"{{StateMachineArn}}"}"""],
        ["StopExecution"] = [$$"""{"executionArn":"{{ExecutionArn}}"}"""],
    };

    public static TheoryData<string> Operations => ClientOperations.NamesOf(typeof(IStepFunctionsClient));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WhenServiceAnswersTheMinimalValidResponse_ShouldSendOneRequestAndReturn(string operation)
    {
        Assert.True(Inputs.TryGetValue(operation, out var inputs), $"{operation} has no sample input in {nameof(StepFunctionsClientMinimalResponseTests)}.");
        foreach (var input in inputs)
        {
            await using var server = new CaptureServer();
            server.Respond(StepFunctionsTestClients.Json("{}"));
            using var client = StepFunctionsTestClients.For(server.Endpoint);

            await ClientOperations.InvokeAsync(client, typeof(IStepFunctionsClient), operation, input, StepFunctionsTestClients.ModelNames);

            Assert.Single(server.Requests);
        }
    }

    [Fact]
    public async Task StartExecutionAsync_WhenMinimalResponse_ShouldReadAbsentMembersAsNull()
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Json("{}"));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var started = await client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn });

        Assert.Null(started.ExecutionArn);
        Assert.Null(started.StartDate);
    }

    [Theory]
    [InlineData("""{"executionArn":1,"startDate":1700000000}""", "executionArn")]
    [InlineData("""{"executionArn":"arn","startDate":"yesterday"}""", "startDate")]
    [InlineData("""{"executionArn":"arn","startDate":true}""", "startDate")]
    public async Task StartExecutionAsync_WhenAMemberHasTheWrongType_ShouldThrowResponseFormatErrorWithoutRetrying(string body, string member)
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Json(body));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var error = await Assert.ThrowsAsync<AwsResponseFormatException>(() => client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn }));

        Assert.Equal("SFN", error.ServiceId);
        Assert.Equal("StartExecution", error.Operation);
        Assert.Equal(member, error.Member);
        Assert.Equal("req-0001", error.RequestId);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task DescribeExecutionAsync_WhenBodyIsNotJson_ShouldThrowResponseFormatErrorWithoutRetrying()
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Json("Service Unavailable"));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var error = await Assert.ThrowsAsync<AwsResponseFormatException>(() => client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = ExecutionArn }));

        Assert.Equal("DescribeExecution", error.Operation);
        Assert.Null(error.Member);
        Assert.Equal("req-0001", error.RequestId);
        Assert.Single(server.Requests);
    }
}
