using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Execution;

/// <summary>What differs between the top level of an execution, a Parallel branch and a Map iteration.</summary>
internal sealed record BranchScope(CancellationToken CancellationToken, JsonObject? MapItem = null);
