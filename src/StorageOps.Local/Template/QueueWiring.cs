using System.Globalization;

namespace StorageOps.Local.Template;

/// <summary>
/// The template's SQS queues and event source mappings as SQS and Lambda would run them, and the values a function's
/// environment refers to (<c>!Ref</c> a state machine or queue). Each way they can be mis-wired is a problem.
/// </summary>
public static class QueueWiring
{
    public const int DefaultVisibilityTimeoutSeconds = 30;
    public const int DefaultBatchSize = 10;
    public const int DefaultFunctionTimeoutSeconds = 3;

    /// <summary>Lambda's advice for SQS event sources, which StorageOps follows: visibility timeout ≥ 6 × function timeout.</summary>
    public const int VisibilityTimeoutPerFunctionTimeout = 6;

    public static IReadOnlyDictionary<string, WiredQueue> Queues(SamTemplate template, LocalAccount account, List<string> problems)
    {
        var queues = new Dictionary<string, WiredQueue>(StringComparer.Ordinal);
        foreach (var queue in template.Queues)
        {
            var where = $"Queue {queue.LogicalId}";
            var name = QueueName(queue, account);
            var visibility = Integer(queue.VisibilityTimeout, DefaultVisibilityTimeoutSeconds, 0, 43_200, $"{where}: VisibilityTimeout", problems);
            string? deadLetterQueue = null;
            int? maxReceiveCount = null;
            if (queue.DeadLetterTargetArn is not null)
            {
                deadLetterQueue = QueueOf(template, queue.DeadLetterTargetArn);
                if (deadLetterQueue is null)
                {
                    problems.Add($"{where}: RedrivePolicy.deadLetterTargetArn is not !GetAtt <queue of this template>.Arn.");
                }

                maxReceiveCount = Integer(queue.MaxReceiveCount, null, 1, 1000, $"{where}: RedrivePolicy.maxReceiveCount", problems);
            }

            queues[queue.LogicalId] = new WiredQueue(queue.LogicalId, name, account.QueueUrl(name), account.QueueArn(name), TimeSpan.FromSeconds(visibility ?? DefaultVisibilityTimeoutSeconds), deadLetterQueue, maxReceiveCount);
        }

        return queues;
    }

    public static IReadOnlyList<WiredEventSource> EventSources(SamTemplate template, IReadOnlyDictionary<string, WiredQueue> queues, List<string> problems)
    {
        var eventSources = new List<WiredEventSource>();
        foreach (var mapping in template.EventSourceMappings)
        {
            var where = $"EventSourceMapping {mapping.LogicalId}";
            var queue = QueueOf(template, mapping.EventSourceArn);
            var function = FunctionOf(template, mapping.FunctionName);
            if (queue is null)
            {
                problems.Add($"{where}: EventSourceArn is not !GetAtt <queue of this template>.Arn.");
            }

            if (function is null)
            {
                problems.Add($"{where}: FunctionName is not !Ref or !GetAtt .Arn of a function of this template.");
            }

            var batchSize = Integer(mapping.BatchSize, DefaultBatchSize, 1, 10_000, $"{where}: BatchSize", problems) ?? DefaultBatchSize;
            var window = Integer(mapping.MaximumBatchingWindowInSeconds, 0, 0, 300, $"{where}: MaximumBatchingWindowInSeconds", problems) ?? 0;
            var concurrency = Integer(mapping.MaximumConcurrency, null, 2, 1000, $"{where}: ScalingConfig.MaximumConcurrency", problems);
            if (batchSize > 10 && window == 0)
            {
                problems.Add($"{where}: a BatchSize above 10 needs MaximumBatchingWindowInSeconds of at least 1.");
            }

            if (queue is not null && function is not null && queues.TryGetValue(queue, out var wiredQueue))
            {
                var timeout = Integer(template.Functions.Single(candidate => candidate.LogicalId == function).Timeout, DefaultFunctionTimeoutSeconds, 1, 900, $"Function {function}: Timeout", problems) ?? DefaultFunctionTimeoutSeconds;
                if (wiredQueue.VisibilityTimeout < TimeSpan.FromSeconds(VisibilityTimeoutPerFunctionTimeout * timeout))
                {
                    problems.Add($"{where}: queue {queue} has VisibilityTimeout {wiredQueue.VisibilityTimeout.TotalSeconds:0} s, less than {VisibilityTimeoutPerFunctionTimeout} × function {function}'s Timeout ({timeout} s).");
                }

                eventSources.Add(new WiredEventSource(mapping.LogicalId, queue, function, batchSize, TimeSpan.FromSeconds(window), mapping.FunctionResponseTypes.Contains("ReportBatchItemFailures"), concurrency));
            }
        }

        return eventSources;
    }

    /// <summary>What an environment variable's <c>!Ref</c>/<c>!GetAtt</c> resolves to in AWS, or null when it names nothing this template has.</summary>
    public static string? Resolve(SamTemplate template, Intrinsic reference, IReadOnlyDictionary<string, WiredQueue> queues, LocalAccount account)
    {
        var (target, attribute) = Target(reference);
        if (target is null)
        {
            return null;
        }

        if (template.StateMachines.FirstOrDefault(stateMachine => stateMachine.LogicalId == target) is { } stateMachine)
        {
            return attribute switch
            {
                null or "Arn" => account.StateMachineArn(stateMachine.WorkflowName),
                "Name" => stateMachine.WorkflowName,
                _ => null,
            };
        }

        if (queues.TryGetValue(target, out var queue))
        {
            return attribute switch
            {
                null => queue.Url,
                "Arn" => queue.Arn,
                "QueueName" => queue.Name,
                _ => null,
            };
        }

        return template.Functions.Any(function => function.LogicalId == target)
            ? attribute switch { null => target, "Arn" => account.FunctionArn(target), _ => null }
            : null;
    }

    private static string? QueueOf(SamTemplate template, object? value) =>
        Target(value) is ({ } target, "Arn") && template.Queues.Any(queue => queue.LogicalId == target) ? target : null;

    private static string? FunctionOf(SamTemplate template, object? value) =>
        Target(value) is ({ } target, null or "Arn") && template.Functions.Any(function => function.LogicalId == target) ? target : null;

    /// <summary><c>!Ref X</c> → (X, null); <c>!GetAtt X.Attr</c> or <c>[X, Attr]</c> → (X, Attr).</summary>
    private static (string? Target, string? Attribute) Target(object? value) => value switch
    {
        Intrinsic { Function: "Ref", Argument: string id } => (id, null),
        Intrinsic { Function: "Fn::GetAtt", Argument: string path } when path.Split('.') is [var id, var attribute] => (id, attribute),
        Intrinsic { Function: "Fn::GetAtt", Argument: List<object?> { Count: 2 } parts } when parts[0] is string id && parts[1] is string attribute => (id, attribute),
        _ => (null, null),
    };

    /// <summary>QueueName as written, with the pseudo parameters a <c>!Sub</c> of it may use; the logical id when it has none.</summary>
    private static string QueueName(SamQueue queue, LocalAccount account) => queue.QueueName switch
    {
        string literal => literal,
        Intrinsic { Function: "Fn::Sub", Argument: string pattern } => pattern
            .Replace("${AWS::StackName}", account.StackName, StringComparison.Ordinal)
            .Replace("${AWS::Region}", account.Region, StringComparison.Ordinal)
            .Replace("${AWS::AccountId}", account.AccountId, StringComparison.Ordinal),
        _ => $"{account.StackName}-{queue.LogicalId}",
    };

    private static int? Integer(string? text, int? defaultValue, int minimum, int maximum, string field, List<string> problems)
    {
        if (text is null)
        {
            return defaultValue;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        problems.Add($"{field} is '{text}', expected a whole number from {minimum} to {maximum}.");
        return defaultValue;
    }
}
