namespace StorageOps.Simulator.Faults;

/// <summary>
/// A token bucket on a clock: it starts full with <see cref="Capacity"/> tokens and refills <see cref="RatePerSecond"/> tokens per
/// second up to that capacity. Not thread-safe; <see cref="FaultPlan"/> takes them under its lock.
/// </summary>
internal sealed class TokenBucket
{
    private double tokens;
    private DateTimeOffset refilledAt;

    public TokenBucket(double ratePerSecond, int capacity, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ratePerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        RatePerSecond = ratePerSecond;
        Capacity = capacity;
        tokens = capacity;
        refilledAt = now;
    }

    public double RatePerSecond { get; }

    public int Capacity { get; }

    /// <summary>Takes one token if the bucket holds one at <paramref name="now"/>; false means the request must be throttled.</summary>
    public bool TryTake(DateTimeOffset now)
    {
        if (now > refilledAt)
        {
            tokens = Math.Min(Capacity, tokens + ((now - refilledAt).TotalSeconds * RatePerSecond));
            refilledAt = now;
        }

        // A hair of tolerance, so that 1/rate seconds after an empty bucket is exactly one token despite floating point.
        if (tokens < 1 - 1e-9)
        {
            return false;
        }

        tokens = Math.Max(0, tokens - 1);
        return true;
    }
}
