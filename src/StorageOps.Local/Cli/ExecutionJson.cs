using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Local.Sessions;
using StorageOps.StatesLanguage.Execution;

namespace StorageOps.Local.Cli;

/// <summary>What <c>--output json</c> prints for an execution: the DescribeExecution fields, camelCase, with output as JSON.</summary>
public static class ExecutionJson
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject Of(string stateMachine, ExecutionResult result, bool history = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var json = new JsonObject
        {
            ["name"] = result.Name,
            ["executionArn"] = result.ExecutionArn,
            ["stateMachine"] = stateMachine,
            ["status"] = SessionStore.StatusName(result.Status),
            ["startDate"] = Time(result.StartDate),
            ["stopDate"] = Time(result.StopDate),
            ["output"] = result.Output?.DeepClone(),
            ["error"] = result.Error,
            ["cause"] = RunCommand.CauseMessage(result.Cause),
        };
        if (history)
        {
            json["history"] = JsonNode.Parse(result.ExportHistoryJson());
        }

        return json;
    }

    public static JsonObject Of(SessionExecution execution, bool history = false)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var json = new JsonObject
        {
            ["name"] = execution.Name,
            ["executionArn"] = execution.ExecutionArn,
            ["stateMachine"] = execution.StateMachine,
            ["status"] = execution.Status,
            ["startDate"] = Time(execution.StartDate),
            ["stopDate"] = execution.StopDate is { } stop ? Time(stop) : null,
            ["input"] = execution.Input?.DeepClone(),
            ["output"] = execution.Output?.DeepClone(),
            ["error"] = execution.Error,
            ["cause"] = RunCommand.CauseMessage(execution.Cause),
        };
        if (execution.Source is not null)
        {
            json["source"] = execution.Source;
        }

        if (history)
        {
            json["history"] = execution.History?.DeepClone();
        }

        return json;
    }

    public static string Time(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
