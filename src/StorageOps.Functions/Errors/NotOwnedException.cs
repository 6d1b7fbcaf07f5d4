namespace StorageOps.Functions.Errors;

/// <summary>A delete was asked for a resource this tool did not create (or another request created); nothing was deleted.</summary>
public sealed class NotOwnedException : StorageOpsException
{
    public NotOwnedException(string message)
        : base(message)
    {
    }

    public override string ErrorType => ErrorNames.NotOwned;
}
