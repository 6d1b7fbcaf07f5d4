using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Lambda;

/// <summary>The outcome of a Lambda invocation: the response payload and, for a function error, its error type.</summary>
public sealed record LambdaInvocationResult(JsonNode? Payload, string? FunctionError);
