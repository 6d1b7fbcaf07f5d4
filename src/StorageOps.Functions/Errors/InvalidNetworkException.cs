namespace StorageOps.Functions.Errors;

/// <summary>The request is well formed but its subnets or security groups cannot hold it (missing, in another VPC or zone); found before anything is created.</summary>
public sealed class InvalidNetworkException : StorageOpsException
{
    public InvalidNetworkException(IReadOnlyList<string> problems)
        : base(string.Join("; ", problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    public override string ErrorType => ErrorNames.InvalidNetwork;
}
