namespace StorageOps.Local.Cli;

/// <summary>An execution ran to its end and did not succeed; its error and cause have already been printed.</summary>
public sealed class WorkflowFailedException(string message) : Exception(message);
