using System.Text.RegularExpressions;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.Local.Queues;

/// <summary>The template's queues, dead-letter queues and SQS event source mappings, run locally on the virtual clock.</summary>
public sealed partial class LocalSqs
{
    private readonly Dictionary<string, LocalQueue> queues = new(StringComparer.Ordinal);

    public LocalSqs(TemplateWiring wiring, ILambdaInvoker lambda, VirtualClock clock, LocalAccount account)
    {
        foreach (var queue in wiring.Queues.Values)
        {
            Create(queue, wiring, clock);
        }

        EventSources = [.. wiring.EventSources.Select(mapping => new LocalSqsEventSource(mapping, queues[mapping.Queue], lambda, clock, account))];
    }

    public IReadOnlyList<LocalSqsEventSource> EventSources { get; }

    /// <summary>The short name users type for a queue: its logical id in kebab case without "Queue" (RequestsQueue → requests).</summary>
    public static string AliasOf(string logicalId) =>
        WordStart().Replace(logicalId.EndsWith("Queue", StringComparison.Ordinal) ? logicalId[..^"Queue".Length] : logicalId, "-$1").ToLowerInvariant();

    /// <summary>A queue by logical id or alias; null when the template has none of that name.</summary>
    public LocalQueue? Find(string name) =>
        queues.GetValueOrDefault(name) ?? queues.Values.FirstOrDefault(queue => AliasOf(queue.Queue.LogicalId) == name);

    public IReadOnlyCollection<LocalQueue> All => queues.Values;

    /// <summary>Runs every event source mapping of <paramref name="queue"/> until it is empty.</summary>
    public Task DrainAsync(LocalQueue queue, CancellationToken cancellationToken) =>
        Task.WhenAll(EventSources.Where(source => source.Mapping.Queue == queue.Queue.LogicalId).Select(source => source.DrainAsync(cancellationToken)));

    private LocalQueue Create(WiredQueue queue, TemplateWiring wiring, VirtualClock clock)
    {
        if (queues.TryGetValue(queue.LogicalId, out var existing))
        {
            return existing;
        }

        var deadLetterQueue = queue.DeadLetterQueue is { } deadLetter && wiring.Queues.TryGetValue(deadLetter, out var wiredDeadLetter)
            ? Create(wiredDeadLetter, wiring, clock)
            : null;
        var created = new LocalQueue(queue, deadLetterQueue, clock);
        queues[queue.LogicalId] = created;
        return created;
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}
