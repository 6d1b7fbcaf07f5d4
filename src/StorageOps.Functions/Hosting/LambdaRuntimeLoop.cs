using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Hosting;

/// <summary>next → invoke → response (or error), until cancelled; one invocation at a time, as Lambda delivers them.</summary>
public sealed class LambdaRuntimeLoop
{
    private readonly LambdaRuntimeApiClient runtimeApi;
    private readonly ILambdaFunction function;
    private readonly FunctionLog log;
    private readonly TimeProvider time;

    public LambdaRuntimeLoop(LambdaRuntimeApiClient runtimeApi, ILambdaFunction function, FunctionLog log, TimeProvider time)
    {
        this.runtimeApi = runtimeApi;
        this.function = function;
        this.log = log;
        this.time = time;
    }

    /// <summary>Serves invocations until <paramref name="cancellationToken"/> is cancelled, then returns (wherever in the cycle it was).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var (invocation, eventUtf8) = await runtimeApi.NextAsync(cancellationToken);
                await InvokeOnceAsync(invocation, eventUtf8, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task InvokeOnceAsync(LambdaInvocation invocation, byte[] eventUtf8, CancellationToken cancellationToken)
    {
        log.Info(invocation.RequestId, "invocation started", ("functionArn", invocation.InvokedFunctionArn), ("traceId", invocation.TraceId));
        using var untilDeadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var remaining = invocation.Deadline - time.GetUtcNow();
        if (remaining < TimeSpan.FromDays(1))
        {
            untilDeadline.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        }

        string resultJson;
        try
        {
            resultJson = await function.InvokeAsync(EventText.Decode(eventUtf8, function.Name), invocation, untilDeadline.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var error = LambdaErrorDocument.From(exception);
            if (error.IsUnexpected)
            {
                log.Error(invocation.RequestId, "invocation failed", ("errorType", error.ErrorType), ("errorMessage", error.ErrorMessage), ("exception", exception.ToString()));
            }
            else
            {
                log.Error(invocation.RequestId, "invocation failed", ("errorType", error.ErrorType), ("errorMessage", error.ErrorMessage));
            }

            await runtimeApi.PostErrorAsync(invocation.RequestId, error, cancellationToken);
            return;
        }

        await runtimeApi.PostResponseAsync(invocation.RequestId, resultJson, cancellationToken);
        log.Info(invocation.RequestId, "invocation succeeded");
    }
}
