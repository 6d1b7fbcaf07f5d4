namespace StorageOps.Functions.Errors;

/// <summary>The input is wrong; retrying cannot help and no AWS call was made.</summary>
public sealed class InvalidInputException : StorageOpsException
{
    public InvalidInputException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public InvalidInputException(IReadOnlyList<string> problems)
        : base(string.Join("; ", problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; } = [];

    public override string ErrorType => ErrorNames.ValidationError;
}
