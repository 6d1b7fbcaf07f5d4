namespace StorageOps.Functions.Logging;

/// <summary>
/// The standard keys of every log line: those of Powertools for AWS Lambda (.NET) in its default snake_case output,
/// then ours (<c>handler</c> and the correlation keys, camelCase like our payloads).
/// </summary>
public static class LogKeys
{
    public const string Level = "level";
    public const string Message = "message";
    public const string Timestamp = "timestamp";
    public const string Service = "service";
    public const string ColdStart = "cold_start";
    public const string FunctionName = "function_name";
    public const string FunctionMemorySize = "function_memory_size";
    public const string FunctionArn = "function_arn";
    public const string FunctionRequestId = "function_request_id";
    public const string FunctionVersion = "function_version";
    public const string XRayTraceId = "xray_trace_id";
    public const string Handler = "handler";

    /// <summary>Our StorageOps request id (the request message's <c>requestId</c>), not Lambda's.</summary>
    public const string RequestId = "requestId";

    /// <summary>The Step Functions execution the line belongs to.</summary>
    public const string ExecutionArn = "executionArn";

    /// <summary>Keys a field may not take over: a line's own facts.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        Level, Message, Timestamp, Service, ColdStart, FunctionName, FunctionMemorySize, FunctionArn, FunctionRequestId, FunctionVersion, XRayTraceId, Handler,
    };
}
