using System.Text.Json.Nodes;

namespace StorageOps.Simulator.StepFunctions.Wire;

/// <summary>Step Functions output shapes; timestamps are epoch seconds, as awsJson1_0 sends them.</summary>
internal static class StepFunctionsShapes
{
    public static JsonNode Timestamp(DateTimeOffset instant) => JsonValue.Create(instant.ToUnixTimeMilliseconds() / 1000.0);

    public static JsonObject StateMachine(StateMachineRecord machine) => new()
    {
        ["stateMachineArn"] = machine.StateMachineArn,
        ["name"] = machine.Name,
        ["status"] = "ACTIVE",
        ["definition"] = machine.Definition,
        ["roleArn"] = machine.RoleArn,
        ["type"] = machine.Type,
        ["creationDate"] = Timestamp(machine.CreationDate),
    };

    public static JsonObject Execution(ExecutionRecord execution)
    {
        var outcome = execution.Outcome;
        return new()
        {
            ["executionArn"] = execution.Start.ExecutionArn,
            ["stateMachineArn"] = execution.StateMachine.StateMachineArn,
            ["name"] = execution.Start.Name,
            ["status"] = outcome?.Status ?? ExecutionStatuses.Running,
            ["startDate"] = Timestamp(execution.Start.StartDate),
            ["stopDate"] = outcome is null ? null : Timestamp(outcome.StopDate),
            ["input"] = execution.Start.Input,
            ["inputDetails"] = new JsonObject { ["included"] = true },
            ["output"] = outcome?.Output,
            ["outputDetails"] = outcome?.Output is null ? null : new JsonObject { ["included"] = true },
            ["error"] = outcome?.Error,
            ["cause"] = outcome?.Cause,
        };
    }

    public static JsonObject ExecutionListItem(ExecutionRecord execution)
    {
        var outcome = execution.Outcome;
        return new()
        {
            ["executionArn"] = execution.Start.ExecutionArn,
            ["stateMachineArn"] = execution.StateMachine.StateMachineArn,
            ["name"] = execution.Start.Name,
            ["status"] = outcome?.Status ?? ExecutionStatuses.Running,
            ["startDate"] = Timestamp(execution.Start.StartDate),
            ["stopDate"] = outcome is null ? null : Timestamp(outcome.StopDate),
        };
    }
}
