namespace StorageOps.Functions.Invocation;

/// <summary>What the Lambda Runtime API tells us about one invocation (or what the local runner makes up for it).</summary>
public sealed record LambdaInvocation(string RequestId, DateTimeOffset Deadline, string? InvokedFunctionArn = null, string? TraceId = null);
