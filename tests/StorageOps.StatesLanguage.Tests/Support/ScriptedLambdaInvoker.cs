using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Tests.Support;

/// <summary>An in-test Lambda: each function is a delegate; every call is recorded with the virtual time it happened at.</summary>
internal sealed class ScriptedLambdaInvoker(VirtualClock clock) : ILambdaInvoker
{
    private readonly Dictionary<string, Func<JsonNode?, CancellationToken, Task<LambdaInvocationResult>>> _functions = new(StringComparer.Ordinal);
    private readonly List<(string FunctionName, string Payload, DateTimeOffset At)> _calls = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<(string FunctionName, string Payload, DateTimeOffset At)> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public ScriptedLambdaInvoker On(string functionName, Func<JsonNode?, JsonNode?> handler) =>
        OnAsync(functionName, (payload, _) => Task.FromResult(new LambdaInvocationResult(handler(payload), null)));

    public ScriptedLambdaInvoker OnResult(string functionName, Func<JsonNode?, LambdaInvocationResult> handler) =>
        OnAsync(functionName, (payload, _) => Task.FromResult(handler(payload)));

    public ScriptedLambdaInvoker OnAsync(string functionName, Func<JsonNode?, CancellationToken, Task<LambdaInvocationResult>> handler)
    {
        _functions[functionName] = handler;
        return this;
    }

    public async Task<LambdaInvocationResult> InvokeAsync(string functionName, JsonNode? payload, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _calls.Add((functionName, StorageOps.StatesLanguage.Paths.JsonValues.Serialize(payload), clock.GetUtcNow()));
        }

        if (!_functions.TryGetValue(functionName, out var handler))
        {
            throw new StorageOps.StatesLanguage.Errors.TaskFailedException("Lambda.ResourceNotFoundException", $"Function not found: {functionName}");
        }

        // Real invokers do real asynchronous work; make sure the engine copes with a continuation on another thread.
        await Task.Yield();
        return await handler(payload, cancellationToken);
    }

    public static LambdaInvocationResult FunctionError(string errorType, string message) =>
        new(new JsonObject { ["errorType"] = errorType, ["errorMessage"] = message }, errorType);
}
