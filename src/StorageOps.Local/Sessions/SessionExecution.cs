using System.Text.Json.Nodes;

namespace StorageOps.Local.Sessions;

/// <summary>
/// One execution a command ran, as <c>storageops executions</c> and <c>execution</c> show it; <see cref="History"/> is
/// the GetExecutionHistory shape (<c>{"events":[...]}</c>), <see cref="Source"/> the command that ran it.
/// </summary>
public sealed record SessionExecution(
    string Name,
    string ExecutionArn,
    string StateMachine,
    string Status,
    DateTimeOffset StartDate,
    DateTimeOffset? StopDate,
    JsonNode? Input,
    JsonNode? Output,
    string? Error,
    string? Cause,
    JsonNode? History,
    string? Source = null);
