namespace StorageOps.Aws;

/// <summary>
/// A request broke a documented constraint of the AWS API and was not sent.
/// <see cref="ArgumentException.ParamName"/> is the model member path, e.g. <c>Tags[0].Key</c>.
/// </summary>
public sealed class AwsRequestValidationException : ArgumentException
{
    public AwsRequestValidationException(string parameterName, string reason)
        : base($"{parameterName}: {reason}", parameterName)
    {
        Reason = reason;
    }

    public AwsRequestValidationException()
        : this("(unknown)", "invalid request")
    {
    }

    public AwsRequestValidationException(string message)
        : this("(unknown)", message)
    {
    }

    public AwsRequestValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>Which rule was broken, in words.</summary>
    public string Reason { get; }
}
