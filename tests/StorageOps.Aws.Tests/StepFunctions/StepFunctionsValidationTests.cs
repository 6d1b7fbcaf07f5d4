using StorageOps.Aws.StepFunctions;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.StepFunctions;

/// <summary>
/// <see cref="StepFunctionsValidation"/> against botocore's Step Functions 2016-11-23 model, read from the machine's
/// botocore: boundary values of every member the client sends are accepted or rejected exactly as the model's rules say.
/// </summary>
public sealed class StepFunctionsValidationTests
{
    private const string StateMachineArn = "arn:aws:states:us-east-1:111122223333:stateMachine:provision";
    private const string ExecutionArn = "arn:aws:states:us-east-1:111122223333:execution:provision:req-1";

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["StartExecution"] = $$"""{"stateMachineArn":"{{StateMachineArn}}"}""",
        ["DescribeExecution"] = $$"""{"executionArn":"{{ExecutionArn}}"}""",
        ["ListExecutions"] = $$"""{"stateMachineArn":"{{StateMachineArn}}"}""",
        ["StopExecution"] = $$"""{"executionArn":"{{ExecutionArn}}"}""",
    };

    /// <summary>ListExecutions takes a state machine or a Map Run, not both.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Companions = new()
    {
        ["ListExecutions"] = new() { ["mapRunArn"] = """{"stateMachineArn":null}""" },
    };

    private static readonly ServiceClientUnderTest Client = new(
        typeof(IStepFunctionsClient), endpoint => StepFunctionsTestClients.For(endpoint), StepFunctionsTestClients.ModelNames, _ => StepFunctionsTestClients.Json("{}"));

    public static TheoryData<string> Operations => ClientOperations.NamesOf(typeof(IStepFunctionsClient));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WhenGivenTheModelsBoundaryValues_ShouldAcceptAndRejectExactlyAsTheModelSays(string operation)
    {
        Assert.True(Inputs.TryGetValue(operation, out var input), $"{operation} has no base input in {nameof(StepFunctionsValidationTests)}.");
        var model = await Botocore.ServiceModelAsync("stepfunctions", "2016-11-23");

        var problems = await ValidationBoundaries.CheckAsync(
            Client, operation, input, ModelConstraints.Of(model, operation), Companions.GetValueOrDefault(operation) ?? []);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
