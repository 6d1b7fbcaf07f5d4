using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Lambda;

namespace StatesLanguage.Benchmarks;

/// <summary>Answers every function from canned results; <c>{"$error", "$cause"}</c> is a function error (as run-aws-local-stepfunctions.mjs does).</summary>
internal sealed class CannedLambdaInvoker(JsonObject taskResults) : ILambdaInvoker
{
    public Task<LambdaInvocationResult> InvokeAsync(string functionName, JsonNode? payload, CancellationToken cancellationToken)
    {
        var canned = taskResults[functionName];
        if (canned is JsonObject error && error["$error"] is { } name)
        {
            var errorType = (string)name!;
            return Task.FromResult(new LambdaInvocationResult(new JsonObject { ["errorType"] = errorType, ["errorMessage"] = (string?)error["$cause"] }, errorType));
        }

        return Task.FromResult(new LambdaInvocationResult(canned?.DeepClone(), null));
    }
}
