namespace StorageOps.Functions.Requests;

/// <summary>The execution a request message started, or found already started by an earlier delivery of the same message.</summary>
public sealed record StartedRequest(string Action, string RequestId, string ExecutionArn, bool AlreadyStarted);
