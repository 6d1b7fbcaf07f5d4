using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Logging;

/// <summary>
/// What every line written during one invocation carries. Held in an <see cref="AsyncLocal{T}"/>, so concurrent
/// invocations of one handler (the local runner's Map iterations) each see their own.
/// </summary>
public sealed record InvocationLogContext(
    string Handler,
    string FunctionRequestId,
    string? FunctionArn,
    string? XRayTraceId,
    bool ColdStart,
    string? RequestId,
    string? ExecutionArn)
{
    private static readonly AsyncLocal<InvocationLogContext?> CurrentContext = new();

    /// <summary>The invocation being served on this flow, if any.</summary>
    public static InvocationLogContext? Current => CurrentContext.Value;

    /// <summary>
    /// Makes <paramref name="invocation"/> the current one until the result is disposed. Already current (the Lambda
    /// loop began it, then the handler's own wrapper asks again) = nothing changes, and the cold start is not taken twice.
    /// </summary>
    public static IDisposable Begin(string handler, LambdaInvocation invocation, string? eventJson, ColdStart coldStart)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(coldStart);
        var previous = CurrentContext.Value;
        if (previous is not null && previous.FunctionRequestId == invocation.RequestId && previous.Handler == handler)
        {
            return new Restore(previous);
        }

        var (requestId, executionArn) = LogCorrelation.FromEvent(eventJson);
        CurrentContext.Value = new InvocationLogContext(
            handler,
            invocation.RequestId,
            invocation.InvokedFunctionArn,
            XRayTraceIdOf(invocation.TraceId),
            coldStart.Take(),
            requestId,
            executionArn);
        return new Restore(previous);
    }

    /// <summary>The <c>Root=</c> part of a Lambda-Runtime-Trace-Id / _X_AMZN_TRACE_ID header, e.g. <c>1-5759e988-bd862e3fe1be46a994272793</c>.</summary>
    public static string? XRayTraceIdOf(string? traceHeader)
    {
        if (string.IsNullOrEmpty(traceHeader))
        {
            return null;
        }

        foreach (var part in traceHeader.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("Root=", StringComparison.Ordinal) && part.Length > "Root=".Length)
            {
                return part["Root=".Length..];
            }
        }

        return null;
    }

    private sealed class Restore(InvocationLogContext? previous) : IDisposable
    {
        public void Dispose() => CurrentContext.Value = previous;
    }
}
