using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Lambda;

/// <summary>For running a definition on its own: there are no functions, so every invocation fails as Lambda would for an unknown function.</summary>
public sealed class UnavailableLambdaInvoker : ILambdaInvoker
{
    public Task<LambdaInvocationResult> InvokeAsync(string functionName, JsonNode? payload, CancellationToken cancellationToken) =>
        throw new TaskFailedException(
            "Lambda.ResourceNotFoundException",
            $"Function not found: {functionName} (no functions are deployed here; mock the state with --mock-config and --test-case)");
}
