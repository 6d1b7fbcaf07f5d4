namespace StorageOps.Local.Reports;

/// <summary>One failed attempt of a state: the error and cause of a TaskFailed, LambdaFunctionFailed, MapRunFailed, ... event.</summary>
public sealed record StateFailure(DateTimeOffset Timestamp, string? Error, string? Cause);
