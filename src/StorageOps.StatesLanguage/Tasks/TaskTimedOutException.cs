namespace StorageOps.StatesLanguage.Tasks;

/// <summary>A task ran longer (in virtual time) than its TimeoutSeconds.</summary>
internal sealed class TaskTimedOutException(string message) : Exception(message);
