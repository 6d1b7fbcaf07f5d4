using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.History;

namespace StorageOps.StatesLanguage.Execution;

/// <summary>How an execution ended, with its full history. Dates are virtual time.</summary>
public sealed class ExecutionResult
{
    public required string ExecutionArn { get; init; }

    public required string Name { get; init; }

    public required ExecutionStatus Status { get; init; }

    public JsonNode? Output { get; init; }

    public string? Error { get; init; }

    public string? Cause { get; init; }

    public required IReadOnlyList<HistoryEvent> History { get; init; }

    public required DateTimeOffset StartDate { get; init; }

    public required DateTimeOffset StopDate { get; init; }

    /// <summary>
    /// The Map Runs of this execution's distributed Map states, in the order they ended, each with its child
    /// executions' results. They are not part of <see cref="History"/>, which has only the Map Run events.
    /// </summary>
    public IReadOnlyList<MapRunResult> MapRuns { get; init; } = [];

    /// <summary>The history as the GetExecutionHistory response shape, <c>{"events":[...]}</c>.</summary>
    public string ExportHistoryJson(bool indented = false) => ExecutionHistoryJson.Write(History, indented);
}
