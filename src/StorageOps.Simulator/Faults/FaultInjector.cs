using Microsoft.AspNetCore.Http;

namespace StorageOps.Simulator.Faults;

/// <summary>Applies the fault rules to a request before its backend sees it: waits the added latency, then perhaps fails it.</summary>
internal sealed class FaultInjector(FaultSettings settings, TimeProvider clock)
{
    private readonly FaultPlan plan = new(settings, clock);

    /// <summary>Whether the request has been answered with an injected error, so its backend must not be called.</summary>
    public async Task<bool> TryFailAsync(HttpContext context, string service)
    {
        if (plan.IsEmpty)
        {
            return false;
        }

        var decision = plan.Decide(await FaultRequestReader.ReadAsync(context, service));
        if (decision.Latency > TimeSpan.Zero)
        {
            await Task.Delay(decision.Latency, settings.LatencyClock, context.RequestAborted);
        }

        if (decision.Kind == FaultKind.None)
        {
            return false;
        }

        await FaultResponses.WriteAsync(context.Response, service, decision.Kind);
        return true;
    }
}
