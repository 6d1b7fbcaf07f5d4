namespace StorageOps.Local.Cli;

/// <summary>The command line itself is wrong; the usage text is printed with the message.</summary>
public sealed class UsageException(string message) : Exception(message);
