using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Aws.StepFunctions;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Requests;

/// <summary>
/// Starts the state machine of a validated request message, exactly once per request id: a redelivered message finds
/// its execution (same name, same input) and succeeds; the same request id with another body is a conflict.
/// </summary>
public sealed class RequestRouter
{
    private readonly RegionalClients<IStepFunctionsClient> stepFunctions;
    private readonly IReadOnlyDictionary<string, string> stateMachineArns;

    /// <param name="stateMachineArns">Action → ARN of the state machine it starts; only these actions are accepted.</param>
    public RequestRouter(RegionalClients<IStepFunctionsClient> stepFunctions, IReadOnlyDictionary<string, string> stateMachineArns)
    {
        this.stepFunctions = stepFunctions;
        this.stateMachineArns = stateMachineArns;
    }

    /// <summary>The environment variable that holds an action's state machine ARN: provision-file-system → PROVISION_FILE_SYSTEM_STATE_MACHINE_ARN.</summary>
    public static string StateMachineArnVariable(string action) =>
        $"{action.ToUpperInvariant().Replace('-', '_')}_STATE_MACHINE_ARN";

    /// <summary>The actions whose state machine ARN the environment configures.</summary>
    public static IReadOnlyDictionary<string, string> StateMachineArnsFrom(FunctionEnvironment environment) =>
        RequestActions.All
            .Where(action => environment.Variables.TryGetValue(StateMachineArnVariable(action), out var arn) && arn.Length > 0)
            .ToDictionary(action => action, action => environment.Variables[StateMachineArnVariable(action)], StringComparer.Ordinal);

    /// <summary>Checks, without calling AWS, that this deployment routes the message's action.</summary>
    public string StateMachineArnOf(RequestMessage message)
    {
        if (stateMachineArns.TryGetValue(message.Action, out var arn))
        {
            return arn;
        }

        var configured = stateMachineArns.Count == 0 ? "none" : string.Join(", ", stateMachineArns.Keys.Order(StringComparer.Ordinal));
        throw new InvalidInputException(
            $"action: '{message.Action}' has no state machine in this deployment ({StateMachineArnVariable(message.Action)} is not set); the actions it routes: {configured}");
    }

    public async Task<StartedRequest> StartAsync(RequestMessage message, CancellationToken cancellationToken)
    {
        var stateMachineArn = StateMachineArnOf(message);
        var name = ExecutionNames.For(message.RequestId);
        var input = message.Input.ToJsonString();
        try
        {
            var started = await stepFunctions.Home.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = stateMachineArn, Name = name, Input = input }, cancellationToken);
            return new StartedRequest(message.Action, message.RequestId, started.ExecutionArn ?? ExecutionNames.ExecutionArn(stateMachineArn, name), AlreadyStarted: false);
        }
        catch (ExecutionAlreadyExistsException)
        {
            var executionArn = ExecutionNames.ExecutionArn(stateMachineArn, name);
            var existing = await stepFunctions.Home.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = executionArn }, cancellationToken);
            if (!SameInput(existing.Input, message.Input))
            {
                throw new OwnershipConflictException(
                    ErrorNames.RequestConflict,
                    $"requestId '{message.RequestId}' was already used for a different {message.Action} request (execution {executionArn}); send a new requestId for a new request.");
            }

            return new StartedRequest(message.Action, message.RequestId, executionArn, AlreadyStarted: true);
        }
    }

    /// <summary>Compared as JSON values, so member order and whitespace do not matter.</summary>
    private static bool SameInput(string? existingInput, JsonObject input)
    {
        try
        {
            return existingInput is not null && JsonNode.DeepEquals(JsonNode.Parse(existingInput), input);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
