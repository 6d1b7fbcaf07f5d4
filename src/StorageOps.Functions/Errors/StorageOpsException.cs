namespace StorageOps.Functions.Errors;

/// <summary>A failure with a stable error name that state machines can Retry or Catch.</summary>
public abstract class StorageOpsException : Exception
{
    protected StorageOpsException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The error name Step Functions sees, e.g. <c>StorageOps.ValidationError</c>.</summary>
    public abstract string ErrorType { get; }
}
