namespace StorageOps.Functions.Errors;

/// <summary>
/// The request is well formed but this tool will not carry it out as things stand (a resource that is not ours, a
/// protection only its owner may lift); the message says what the user must do. Retrying unchanged cannot help.
/// </summary>
public sealed class RefusedOperationException : StorageOpsException
{
    public RefusedOperationException(string errorType, string message)
        : base(message)
    {
        ErrorType = errorType;
    }

    public override string ErrorType { get; }
}
