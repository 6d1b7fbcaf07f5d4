using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Tasks;

/// <summary>
/// Runs the work of a Task state for one kind of resource, emitting that integration's history events.
/// New service integrations (sns:publish, events:putEvents, states:startExecution) are added as subclasses.
/// </summary>
internal abstract class TaskIntegration
{
    /// <summary>Runs one attempt; failures are thrown as StateFailedException with the error name the state sees.</summary>
    public abstract Task<JsonNode?> RunAsync(TaskRequest request);

    /// <summary>
    /// Runs <paramref name="invoke"/> under the task's TimeoutSeconds on the virtual clock. Invocations normally take no
    /// virtual time; the limit bites when an invoker waits on the clock, or when virtual time moved while it ran.
    /// </summary>
    protected static async Task<T> WithTimeoutAsync<T>(TaskRequest request, Func<CancellationToken, Task<T>> invoke)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(invoke);
        var executionToken = request.Context.CancellationToken;
        // Invokers here cannot send heartbeats (SendTaskHeartbeat belongs to callback and activity tasks), so a task
        // still running after HeartbeatSeconds has missed its heartbeat.
        var (limitSeconds, error, message) = (request.TimeoutSeconds, request.HeartbeatSeconds) switch
        {
            (_, { } heartbeat) when request.TimeoutSeconds is null || heartbeat < request.TimeoutSeconds =>
                ((int?)heartbeat, StatesErrorNames.HeartbeatTimeout, $"State '{request.Context.StateName}': no heartbeat within HeartbeatSeconds ({heartbeat})"),
            ({ } timeout, _) => (timeout, StatesErrorNames.Timeout, $"State '{request.Context.StateName}': the task did not complete within TimeoutSeconds ({timeout})"),
            _ => (null, StatesErrorNames.Timeout, string.Empty),
        };
        if (limitSeconds is not { } seconds)
        {
            return await invoke(executionToken);
        }

        var clock = request.Context.Clock;
        var limit = TimeSpan.FromSeconds(seconds);
        var started = clock.GetUtcNow();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(executionToken);
        var timedOut = 0;
        T result;
        using (clock.CreateTimer(
            _ =>
            {
                if (Interlocked.Exchange(ref timedOut, 1) == 0)
                {
                    timeoutSource.Cancel();
                }
            },
            null,
            limit,
            Timeout.InfiniteTimeSpan))
        {
            try
            {
                result = await invoke(timeoutSource.Token);
            }
            catch (OperationCanceledException) when (Volatile.Read(ref timedOut) == 1 && !executionToken.IsCancellationRequested)
            {
                throw new TaskTimedOutException(message, error);
            }
        }

        if (Volatile.Read(ref timedOut) == 1 || clock.GetUtcNow() - started > limit)
        {
            throw new TaskTimedOutException(message, error);
        }

        return result;
    }
}
