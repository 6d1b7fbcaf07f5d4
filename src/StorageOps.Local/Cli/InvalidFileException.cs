namespace StorageOps.Local.Cli;

/// <summary>A file named on the command line (a definition, a mock configuration) is invalid; exit code 3.</summary>
public sealed class InvalidFileException(string message, Exception? innerException = null) : Exception(message, innerException);
