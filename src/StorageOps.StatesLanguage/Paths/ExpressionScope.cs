using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Paths;

/// <summary>What a path or intrinsic function reads from: the (effective) input, the context object and the execution's seeded random.</summary>
public sealed record ExpressionScope(string StateName, JsonNode? Input, JsonNode? Context, Random Random);
