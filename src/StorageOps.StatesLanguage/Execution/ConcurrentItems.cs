using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Execution;

/// <summary>
/// Runs Parallel branches or Map iterations concurrently in virtual time, at most <c>maxConcurrency</c> at once.
/// Each worker holds its own clock activity while the state itself stands aside, so a Wait in one branch lets virtual
/// time move only once every branch (and every other execution) waits. The workers take turns on the execution's
/// exclusive scheduler, which keeps the history order reproducible.
/// </summary>
internal static class ConcurrentItems
{
    /// <param name="stopAfterFailures">Given the number of failures so far, whether to stop the remaining items.</param>
    /// <returns>One outcome per item (null for items stopped before they ended or never started), and the first failure to happen.</returns>
    public static async Task<(ItemOutcome?[] Outcomes, StateFailedException? FirstFailure)> RunAsync(
        StateContext context,
        int count,
        int maxConcurrency,
        Func<int, BranchScope, Task<JsonNode?>> runItem,
        Func<int, bool> stopAfterFailures)
    {
        var outcomes = new ItemOutcome?[count];
        if (count == 0)
        {
            return (outcomes, null);
        }

        using var stopSource = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        var scope = new BranchScope(stopSource.Token);
        var clock = context.Clock;
        var workerCount = maxConcurrency <= 0 ? count : Math.Min(count, maxConcurrency);
        var remainingWorkers = workerCount;
        var nextIndex = -1;
        var failures = 0;
        Exception? fatal = null;
        StateFailedException? firstFailure = null;

        async Task WorkAsync(IDisposable activity)
        {
            try
            {
                while (!stopSource.IsCancellationRequested)
                {
                    var index = Interlocked.Increment(ref nextIndex);
                    if (index >= count)
                    {
                        break;
                    }

                    try
                    {
                        outcomes[index] = new ItemOutcome(await runItem(index, scope), null);
                    }
                    catch (StateFailedException failure)
                    {
                        outcomes[index] = new ItemOutcome(null, failure);
                        Interlocked.CompareExchange(ref firstFailure, failure, null);
                        if (stopAfterFailures(Interlocked.Increment(ref failures)))
                        {
                            await stopSource.CancelAsync();
                        }
                    }
                    catch (OperationCanceledException) when (stopSource.IsCancellationRequested)
                    {
                        break;
                    }
                    catch (Exception exception)
                    {
                        Interlocked.CompareExchange(ref fatal, exception, null);
                        await stopSource.CancelAsync();
                        break;
                    }
                }
            }
            finally
            {
                if (Interlocked.Decrement(ref remainingWorkers) == 0)
                {
                    clock.ResumeActivity();
                }

                activity.Dispose();
            }
        }

        var activities = Enumerable.Range(0, workerCount).Select(_ => clock.BeginActivity()).ToList();
        Task StartWorkers() => Task.WhenAll(activities.Select(WorkAsync).ToList());

        // Started on the exclusive scheduler, every worker resumes there after each await; when already on it (a nested
        // Parallel or Map), the workers start inline, in order, without another hop.
        var scheduler = context.Run.BranchScheduler;
        var workers = TaskScheduler.Current == scheduler
            ? StartWorkers()
            : Task.Factory.StartNew(StartWorkers, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler).Unwrap();
        clock.SuspendActivity();
        await workers;

        if (fatal is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(fatal).Throw();
        }

        context.CancellationToken.ThrowIfCancellationRequested();
        return (outcomes, firstFailure);
    }
}
