using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Lambda;

namespace StorageOps.Local.Runner;

/// <summary>
/// Lambda as Step Functions sees it, served in process: a function name or ARN from the template is mapped to its
/// function, whose handler is built on its first invocation and then kept, as a warm Lambda sandbox keeps it; failures
/// are shaped exactly as the deployed runtime loop shapes them.
/// </summary>
public sealed class LocalLambdaInvoker : ILambdaInvoker
{
    private static readonly TimeSpan FunctionTimeout = TimeSpan.FromSeconds(60);
    private readonly IReadOnlyDictionary<string, WiredFunction> functions;
    private readonly Func<WiredFunction, ILambdaFunction> build;
    private readonly TimeProvider time;
    private readonly Dictionary<string, ILambdaFunction> built = new(StringComparer.Ordinal);
    private readonly Lock buildLock = new();
    private long invocationCount;

    /// <param name="build">Builds one function's handler with that function's environment.</param>
    public LocalLambdaInvoker(IReadOnlyDictionary<string, WiredFunction> functions, Func<WiredFunction, ILambdaFunction> build, TimeProvider time)
    {
        this.functions = functions;
        this.build = build;
        this.time = time;
    }

    public async Task<LambdaInvocationResult> InvokeAsync(string functionName, JsonNode? payload, CancellationToken cancellationToken)
    {
        if (!functions.TryGetValue(functionName, out var function))
        {
            throw new TaskFailedException("Lambda.ResourceNotFoundException", $"Function not found: {functionName}");
        }

        var requestId = $"local-{Interlocked.Increment(ref invocationCount).ToString("D8", CultureInfo.InvariantCulture)}";
        var invocation = new LambdaInvocation(requestId, time.GetUtcNow() + FunctionTimeout, function.FunctionArn);
        try
        {
            var result = await HandlerOf(function).InvokeAsync(payload?.ToJsonString() ?? "null", invocation, cancellationToken);
            return new LambdaInvocationResult(JsonNode.Parse(result), FunctionError: null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = LambdaErrorDocument.From(exception);
            return new LambdaInvocationResult(JsonNode.Parse(error.ToJson()), error.ErrorType);
        }
    }

    private ILambdaFunction HandlerOf(WiredFunction function)
    {
        lock (buildLock)
        {
            if (!built.TryGetValue(function.LogicalId, out var handler))
            {
                handler = build(function);
                built[function.LogicalId] = handler;
            }

            return handler;
        }
    }
}
