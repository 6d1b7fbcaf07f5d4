using System.Text.Json.Nodes;

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
        if (request.TimeoutSeconds is not { } seconds)
        {
            return await invoke(executionToken);
        }

        var clock = request.Context.Clock;
        var limit = TimeSpan.FromSeconds(seconds);
        var started = clock.GetUtcNow();
        var message = $"State '{request.Context.StateName}': the task did not complete within TimeoutSeconds ({seconds})";
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
                throw new TaskTimedOutException(message);
            }
        }

        if (Volatile.Read(ref timedOut) == 1 || clock.GetUtcNow() - started > limit)
        {
            throw new TaskTimedOutException(message);
        }

        return result;
    }
}
