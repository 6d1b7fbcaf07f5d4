using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Execution;

/// <summary>How one branch or iteration ended: its output, its failure, or neither when it was stopped or never started.</summary>
internal sealed record ItemOutcome(JsonNode? Output, StateFailedException? Failure)
{
    public bool Succeeded => Failure is null;
}
