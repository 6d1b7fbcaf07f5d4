using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Lambda;

namespace StorageOps.Local.Runner;

/// <summary>
/// Lambda as Step Functions sees it, served in process: a function name or ARN from the template is mapped to the
/// handler its STORAGEOPS_HANDLER selects, and failures are shaped exactly as the deployed runtime loop shapes them.
/// </summary>
public sealed class LocalLambdaInvoker : ILambdaInvoker
{
    private static readonly TimeSpan FunctionTimeout = TimeSpan.FromSeconds(60);
    private readonly IReadOnlyDictionary<string, string> handlersByFunction;
    private readonly FunctionCatalog catalog;
    private readonly TimeProvider time;
    private long invocationCount;

    public LocalLambdaInvoker(IReadOnlyDictionary<string, string> handlersByFunction, FunctionCatalog catalog, TimeProvider time)
    {
        this.handlersByFunction = handlersByFunction;
        this.catalog = catalog;
        this.time = time;
    }

    public async Task<LambdaInvocationResult> InvokeAsync(string functionName, JsonNode? payload, CancellationToken cancellationToken)
    {
        if (!handlersByFunction.TryGetValue(functionName, out var handlerName))
        {
            throw new TaskFailedException("Lambda.ResourceNotFoundException", $"Function not found: {functionName}");
        }

        var requestId = $"local-{Interlocked.Increment(ref invocationCount).ToString("D8", CultureInfo.InvariantCulture)}";
        var invocation = new LambdaInvocation(requestId, time.GetUtcNow() + FunctionTimeout, functionName);
        try
        {
            var result = await catalog.Get(handlerName).InvokeAsync(payload?.ToJsonString() ?? "null", invocation, cancellationToken);
            return new LambdaInvocationResult(JsonNode.Parse(result), FunctionError: null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = LambdaErrorDocument.From(exception);
            var document = JsonSerializer.SerializeToNode(error, FunctionsJsonContext.Default.LambdaErrorDocument);
            return new LambdaInvocationResult(document, error.ErrorType);
        }
    }
}
