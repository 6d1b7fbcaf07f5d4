using StorageOps.Simulator.StepFunctions;

namespace StorageOps.Local.Queues;

/// <summary>
/// What became of one message <c>send</c> delivered: routed (deleted from the queue, with the execution it started,
/// followed to its end) or rejected into the dead-letter queue after <see cref="ReceiveCount"/> receives.
/// </summary>
public sealed record SentMessage(string MessageId, string Body, int ReceiveCount, bool DeadLettered, string? Rejection, ExecutionRecord? Execution);
