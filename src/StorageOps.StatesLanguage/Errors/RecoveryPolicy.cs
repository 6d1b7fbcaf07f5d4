using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Execution;

namespace StorageOps.StatesLanguage.Errors;

/// <summary>A state's Retry and Catch fields, and the decision of what to do about one failure.</summary>
public sealed class RecoveryPolicy(IReadOnlyList<Retrier> retriers, IReadOnlyList<Catcher> catchers)
{
    public static RecoveryPolicy None { get; } = new([], []);

    public IReadOnlyList<Retrier> Retriers { get; } = retriers;

    public IReadOnlyList<Catcher> Catchers { get; } = catchers;

    /// <summary>
    /// Runs <paramref name="attempt"/>; on a failure, retries per the first matching retrier (waiting on the virtual clock),
    /// then hands the failure to the first matching catcher, else rethrows it.
    /// </summary>
    internal async Task<StateOutcome> RunAsync(StateContext context, Func<Task<StateOutcome>> attempt)
    {
        var attemptsPerRetrier = new int[Retriers.Count];
        while (true)
        {
            StateFailedException failure;
            try
            {
                return await attempt();
            }
            catch (StateFailedException caught)
            {
                failure = caught;
            }

            var retrierIndex = FindRetrier(failure.Error);
            if (retrierIndex >= 0 && attemptsPerRetrier[retrierIndex] < Retriers[retrierIndex].MaxAttempts)
            {
                var retrier = Retriers[retrierIndex];
                var delay = retrier.DelayBeforeRetry(attemptsPerRetrier[retrierIndex]);
                if (retrier.JitterStrategy == JitterStrategy.Full)
                {
                    delay = TimeSpan.FromMilliseconds(Math.Round(delay.TotalMilliseconds * context.Random.NextDouble()));
                }

                attemptsPerRetrier[retrierIndex]++;
                context.RetryCount++;
                if (delay > TimeSpan.Zero)
                {
                    await context.Clock.WaitAsync(delay, context.CancellationToken);
                }

                continue;
            }

            var catcher = Catchers.FirstOrDefault(candidate => ErrorMatcher.Matches(candidate.ErrorEquals, failure.Error));
            if (catcher is null)
            {
                throw failure;
            }

            var errorOutput = new JsonObject { ["Error"] = failure.Error };
            if (failure.Cause is not null)
            {
                errorOutput["Cause"] = failure.Cause;
            }

            return new StateOutcome(catcher.ResultPath.Apply(context.RawInput, errorOutput, context.StateName), catcher.Next);
        }
    }

    private int FindRetrier(string error)
    {
        for (var i = 0; i < Retriers.Count; i++)
        {
            if (ErrorMatcher.Matches(Retriers[i].ErrorEquals, error))
            {
                return i;
            }
        }

        return -1;
    }
}
