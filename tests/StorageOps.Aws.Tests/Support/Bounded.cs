namespace StorageOps.Aws.Tests.Support;

/// <summary>
/// Bounds for every wait on a socket or a process in these tests, so a hang fails fast with what was being waited for
/// instead of stalling the run.
/// </summary>
internal static class Bounded
{
    /// <summary>Per HTTP attempt of our clients in tests (AWSSDK.Core's default is 100 s, times every retry).</summary>
    public static readonly TimeSpan HttpAttempt = TimeSpan.FromSeconds(20);

    /// <summary>One external process (node, python3, aws) from start to its last line of output.</summary>
    public static readonly TimeSpan Process = TimeSpan.FromMinutes(3);

    /// <summary>One call to a service, retries included.</summary>
    public static readonly TimeSpan Call = TimeSpan.FromSeconds(90);

    public static async Task<T> WithinAsync<T>(this Task<T> task, TimeSpan limit, string what)
    {
        try
        {
            return await task.WaitAsync(limit);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{what} did not finish within {limit.TotalSeconds:0} s.", timeout);
        }
    }

    public static async Task WithinAsync(this Task task, TimeSpan limit, string what)
    {
        try
        {
            await task.WaitAsync(limit);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{what} did not finish within {limit.TotalSeconds:0} s.", timeout);
        }
    }
}
