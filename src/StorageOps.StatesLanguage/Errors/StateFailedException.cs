namespace StorageOps.StatesLanguage.Errors;

/// <summary>A state failed with a States Language error name; Retry and Catch see it, otherwise it fails the execution.</summary>
internal sealed class StateFailedException(string error, string? cause) : Exception(cause is null ? error : $"{error}: {cause}")
{
    public string Error { get; } = error;

    public string? Cause { get; } = cause;

    public static StateFailedException Runtime(string cause) => new(StatesErrorNames.Runtime, cause);
}
