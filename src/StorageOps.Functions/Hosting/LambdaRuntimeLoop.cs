using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Logging;

namespace StorageOps.Functions.Hosting;

/// <summary>next → invoke → response (or error), until cancelled; one invocation at a time, as Lambda delivers them.</summary>
public sealed class LambdaRuntimeLoop
{
    private readonly LambdaRuntimeApiClient runtimeApi;
    private readonly ILambdaFunction function;
    private readonly FunctionLogger log;
    private readonly TimeProvider time;
    private readonly ColdStart coldStart;

    /// <param name="coldStart">Whose first invocation is the cold one: <see cref="ColdStart.Process"/> in Lambda.</param>
    public LambdaRuntimeLoop(LambdaRuntimeApiClient runtimeApi, ILambdaFunction function, FunctionLogger log, TimeProvider time, ColdStart coldStart)
    {
        this.runtimeApi = runtimeApi;
        this.function = function;
        this.log = log;
        this.time = time;
        this.coldStart = coldStart;
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
        string? eventText = null;
        InvalidInputException? undecodable = null;
        try
        {
            eventText = EventText.Decode(eventUtf8, function.Name);
        }
        catch (InvalidInputException exception)
        {
            undecodable = exception;
        }

        // Begun here, not only in the handler's wrapper, so the loop's own lines carry the invocation's keys too.
        using var scope = InvocationLogContext.Begin(function.Name, invocation, eventText, coldStart);
        log.Info("invocation started");
        using var untilDeadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var remaining = invocation.Deadline - time.GetUtcNow();
        if (remaining < TimeSpan.FromDays(1))
        {
            untilDeadline.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        }

        string resultJson;
        try
        {
            resultJson = undecodable is null
                ? await function.InvokeAsync(eventText!, invocation, untilDeadline.Token)
                : throw undecodable;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var error = LambdaErrorDocument.From(exception);
            if (error.IsUnexpected)
            {
                log.Error("invocation failed", ("errorType", error.ErrorType), ("errorMessage", error.ErrorMessage), ("exception", exception.ToString()));
            }
            else
            {
                log.Error("invocation failed", ("errorType", error.ErrorType), ("errorMessage", error.ErrorMessage));
            }

            await runtimeApi.PostErrorAsync(invocation.RequestId, error, cancellationToken);
            return;
        }

        await runtimeApi.PostResponseAsync(invocation.RequestId, resultJson, cancellationToken);
        log.Info("invocation succeeded");
    }
}
