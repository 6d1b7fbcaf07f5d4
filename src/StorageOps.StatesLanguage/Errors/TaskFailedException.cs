namespace StorageOps.StatesLanguage.Errors;

/// <summary>Thrown by a task invoker when the task itself failed with a named error (e.g. "Lambda.ResourceNotFoundException").</summary>
public sealed class TaskFailedException(string error, string? cause) : Exception(cause is null ? error : $"{error}: {cause}")
{
    public string Error { get; } = error;

    public string? Cause { get; } = cause;
}
