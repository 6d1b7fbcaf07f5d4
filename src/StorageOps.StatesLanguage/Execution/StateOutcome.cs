using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Execution;

/// <summary>A state's output and the state to run next (null: the execution ends successfully).</summary>
internal sealed record StateOutcome(JsonNode? Output, string? Next);
