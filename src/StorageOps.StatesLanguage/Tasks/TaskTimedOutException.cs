using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Tasks;

/// <summary>A task ran longer (in virtual time) than its TimeoutSeconds (States.Timeout) or its HeartbeatSeconds (States.HeartbeatTimeout).</summary>
internal sealed class TaskTimedOutException(string message, string error = StatesErrorNames.Timeout) : Exception(message)
{
    public string Error { get; } = error;
}
