namespace StorageOps.Functions.Logging;

/// <summary>
/// The values of a log line's <c>level</c> key. Lambda's log-level filtering (JSON log format) reads exactly these
/// (TRACE … FATAL) from a key named <c>level</c>; a value it does not know counts as INFO.
/// </summary>
public static class LogLevels
{
    public const string Debug = "DEBUG";
    public const string Info = "INFO";
    public const string Warn = "WARN";
    public const string Error = "ERROR";
}
