namespace StorageOps.StatesLanguage.Errors;

/// <summary>One entry of a state's Retry field.</summary>
public sealed record Retrier(
    IReadOnlyList<string> ErrorEquals,
    int IntervalSeconds,
    int MaxAttempts,
    double BackoffRate,
    int? MaxDelaySeconds,
    JitterStrategy JitterStrategy)
{
    public const int DefaultIntervalSeconds = 1;
    public const int DefaultMaxAttempts = 3;
    public const double DefaultBackoffRate = 2.0;

    /// <summary>The delay before retry number <paramref name="attempt"/> (0 for the first retry), before jitter.</summary>
    public TimeSpan DelayBeforeRetry(int attempt)
    {
        var seconds = IntervalSeconds * Math.Pow(BackoffRate, attempt);
        if (MaxDelaySeconds is { } max && seconds > max)
        {
            seconds = max;
        }

        // A backoff can grow past any representable delay; the clock treats the longest one as "at the end of time".
        return seconds >= TimeSpan.MaxValue.TotalSeconds ? TimeSpan.MaxValue : TimeSpan.FromSeconds(seconds);
    }
}
