using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Logging;

/// <summary>
/// Wraps every handler the registry builds, so each invocation — from the Lambda loop or the local runner — logs with
/// its request id, trace id, cold start and correlation ids (<see cref="InvocationLogContext"/>).
/// </summary>
public sealed class LogScopedFunction : ILambdaFunction
{
    private readonly ILambdaFunction inner;
    private readonly ColdStart coldStart;

    public LogScopedFunction(ILambdaFunction inner, ColdStart coldStart)
    {
        this.inner = inner;
        this.coldStart = coldStart;
    }

    public string Name => inner.Name;

    public async Task<string> InvokeAsync(string eventJson, LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        using (InvocationLogContext.Begin(inner.Name, invocation, eventJson, coldStart))
        {
            return await inner.InvokeAsync(eventJson, invocation, cancellationToken);
        }
    }
}
