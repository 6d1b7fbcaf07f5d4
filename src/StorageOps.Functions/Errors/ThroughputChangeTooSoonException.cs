namespace StorageOps.Functions.Errors;

/// <summary>
/// EFS refused a throughput mode change or a provisioned-throughput decrease because the last one was less than
/// 24 hours ago (its <c>TooManyRequests</c>). Not retryable within the execution; the message says when to try again.
/// </summary>
public sealed class ThroughputChangeTooSoonException : StorageOpsException
{
    public ThroughputChangeTooSoonException(string message, DateTimeOffset? retryAfter, Exception innerException)
        : base(message, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>When EFS said the change may be made again; null when its message did not say.</summary>
    public DateTimeOffset? RetryAfter { get; }

    public override string ErrorType => ErrorNames.ThroughputChangeTooSoon;
}
