using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.Requests;

public sealed class RequestRouterTests
{
    private const string ProvisionArn = "arn:aws:states:us-east-1:123456789012:stateMachine:storageops-provision-file-system";
    private readonly InMemoryStepFunctions stepFunctions = new();

    [Theory]
    [InlineData("provision-file-system", "PROVISION_FILE_SYSTEM_STATE_MACHINE_ARN")]
    [InlineData("replicate-file-system", "REPLICATE_FILE_SYSTEM_STATE_MACHINE_ARN")]
    [InlineData("update-file-system", "UPDATE_FILE_SYSTEM_STATE_MACHINE_ARN")]
    [InlineData("teardown-file-system", "TEARDOWN_FILE_SYSTEM_STATE_MACHINE_ARN")]
    public void StateMachineArnVariable_WhenGivenAnAction_ShouldNameItsEnvironmentVariable(string action, string variable)
    {
        Assert.Equal(variable, RequestRouter.StateMachineArnVariable(action));
    }

    [Fact]
    public void StateMachineArnsFrom_WhenSomeVariablesAreSetOrEmpty_ShouldRouteOnlyTheSetOnes()
    {
        var environment = new FunctionEnvironment(
            new Dictionary<string, string> { ["PROVISION_FILE_SYSTEM_STATE_MACHINE_ARN"] = ProvisionArn, ["TEARDOWN_FILE_SYSTEM_STATE_MACHINE_ARN"] = "", ["AWS_REGION"] = "us-east-1" },
            TimeProvider.System,
            new AwsClientSettings());

        Assert.Equal(new Dictionary<string, string> { ["provision-file-system"] = ProvisionArn }, RequestRouter.StateMachineArnsFrom(environment));
    }

    [Fact]
    public async Task StartAsync_WhenTheClosedExecutionHadTheSameInputInAnotherMemberOrder_ShouldFindItAlreadyStarted()
    {
        var router = new RequestRouter(stepFunctions.InHomeRegion(), new Dictionary<string, string> { [RequestActions.ProvisionFileSystem] = ProvisionArn });
        var first = await router.StartAsync(RequestMessageReader.Read("""{"action":"provision-file-system","requestId":"req-1","encrypted":true,"backup":false}"""), CancellationToken.None);
        stepFunctions.Finish(first.ExecutionArn);

        var again = await router.StartAsync(RequestMessageReader.Read("""{"backup":false,"requestId":"req-1","action":"provision-file-system","encrypted":true}"""), CancellationToken.None);

        Assert.False(first.AlreadyStarted);
        Assert.True(again.AlreadyStarted);
        Assert.Equal(first.ExecutionArn, again.ExecutionArn);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:storageops-provision-file-system:req-1", again.ExecutionArn);
    }
}
