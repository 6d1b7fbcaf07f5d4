namespace StorageOps.Functions.Errors;

/// <summary>The function is deployed wrong (a variable missing or naming nothing); it fails at init, before any invocation.</summary>
public class ConfigurationException : StorageOpsException
{
    public ConfigurationException(string message)
        : base(message)
    {
    }

    public override string ErrorType => ErrorNames.ConfigurationError;
}
