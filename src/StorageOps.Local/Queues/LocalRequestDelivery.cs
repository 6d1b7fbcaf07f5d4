using StorageOps.Functions.Requests;
using StorageOps.Local.Runner;
using StorageOps.Simulator.StepFunctions;

namespace StorageOps.Local.Queues;

/// <summary>
/// <c>send</c>'s engine: puts request messages on a queue of the local environment, lets its event source mapping
/// deliver them as SQS and Lambda would (batches, partial batch responses, redelivery after the visibility timeout,
/// the dead-letter queue after maxReceiveCount), then follows each execution a message started to its end.
/// </summary>
public static class LocalRequestDelivery
{
    public static async Task<IReadOnlyList<SentMessage>> SendAsync(LocalEnvironment environment, LocalQueue queue, IReadOnlyList<string> bodies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(bodies);
        var sent = bodies.Select(queue.Send).ToList();
        await environment.Sqs.DrainAsync(queue, cancellationToken);
        await environment.Simulator.StepFunctions.WhenRunsCompleteAsync();

        var deadLettered = queue.DeadLetterQueue?.Messages.Select(message => message.MessageId).ToHashSet(StringComparer.Ordinal) ?? [];
        var routerEnvironment = environment.Sqs.EventSources.FirstOrDefault(source => source.Mapping.Queue == queue.Queue.LogicalId) is { } eventSource
            ? environment.Wiring.FunctionsByName[eventSource.Mapping.Function].Environment
            : new Dictionary<string, string>();
        return
        [
            .. sent.Select(message => deadLettered.Contains(message.MessageId)
                ? new SentMessage(message.MessageId, message.Body, message.ReceiveCount, DeadLettered: true, RejectionOf(environment, message.MessageId), Execution: null)
                : new SentMessage(message.MessageId, message.Body, message.ReceiveCount, DeadLettered: false, Rejection: null, ExecutionOf(environment, message.Body, routerEnvironment))),
        ];
    }

    /// <summary>The named error the router logged for the message's last receive.</summary>
    private static string RejectionOf(LocalEnvironment environment, string messageId) =>
        environment.FunctionLog.Lines().LastOrDefault(line => (string?)line["messageId"] == messageId && line["errorType"] is not null) is { } line
            ? $"{(string?)line["errorType"]}: {(string?)line["errorMessage"]}"
            : "the function failed without logging why";

    private static ExecutionRecord? ExecutionOf(LocalEnvironment environment, string body, IReadOnlyDictionary<string, string> routerEnvironment)
    {
        var message = RequestMessageReader.Read(body);
        if (!routerEnvironment.TryGetValue(RequestRouter.StateMachineArnVariable(message.Action), out var stateMachineArn))
        {
            return null;
        }

        return environment.Simulator.StepFunctions.DescribeExecution(ExecutionNames.ExecutionArn(stateMachineArn, ExecutionNames.For(message.RequestId)));
    }
}
