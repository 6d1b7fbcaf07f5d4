using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Lambda;

namespace StorageOps.Local.Tests.Reports;

/// <summary>A Lambda whose functions fail with a named error a given number of times each, then return their input.</summary>
internal sealed class ScriptedLambdaInvoker(IReadOnlyDictionary<string, int> failuresBeforeSuccess, string error = "StorageOps.Throttled") : ILambdaInvoker
{
    private readonly Dictionary<string, int> calls = new(StringComparer.Ordinal);

    public Task<LambdaInvocationResult> InvokeAsync(string functionName, JsonNode? payload, CancellationToken cancellationToken)
    {
        var call = calls[functionName] = calls.GetValueOrDefault(functionName) + 1;
        return Task.FromResult(call <= failuresBeforeSuccess.GetValueOrDefault(functionName)
            ? new LambdaInvocationResult(new JsonObject { ["errorType"] = error, ["errorMessage"] = $"{functionName} failed (call {call})" }, error)
            : new LambdaInvocationResult(payload?.DeepClone(), null));
    }
}
