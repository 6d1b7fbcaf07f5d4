using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Execution;

namespace StorageOps.StatesLanguage.Tasks;

/// <summary>One attempt of a Task state: the effective parameters to send and the limits to apply.</summary>
internal sealed record TaskRequest(StateContext Context, TaskResource Resource, JsonNode? Parameters, int? TimeoutSeconds, int? HeartbeatSeconds);
