namespace StorageOps.Functions.Errors;

/// <summary>A resource with our deterministic name exists but was not made by this request.</summary>
public sealed class OwnershipConflictException : StorageOpsException
{
    public OwnershipConflictException(string errorType, string message)
        : base(message)
    {
        ErrorType = errorType;
    }

    public override string ErrorType { get; }
}
