namespace StorageOps.Functions.Errors;

/// <summary>EFS reports the replication destination in <c>ERROR</c>; the message carries the destination's StatusMessage.</summary>
public sealed class ReplicationFailedException : StorageOpsException
{
    public ReplicationFailedException(string message)
        : base(message)
    {
    }

    public override string ErrorType => ErrorNames.ReplicationFailed;
}
