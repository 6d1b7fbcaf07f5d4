using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using StorageOps.Simulator.Accounts;

namespace StorageOps.Simulator.EventBridge;

/// <summary>
/// Amazon EventBridge PutEvents: validates entries as EventBridge does and records every accepted event, in order, so tests and
/// the local runner can read what was published. Rules and targets are not simulated. Thread-safe.
/// </summary>
public sealed partial class EventBridgeBackend
{
    private const string InvalidArgument = "InvalidArgument";
    private const string MalformedDetail = "MalformedDetail";
    private const string ValidationException = "ValidationException";
    private const string EventBusNamePattern = @"(arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[\.\-_A-Za-z0-9]+";

    private readonly SimulatorOptions options;
    private readonly Lock gate = new();
    private readonly List<PublishedEvent> published = [];

    public EventBridgeBackend(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    /// <summary>Every accepted event since construction, oldest first (a copy).</summary>
    public IReadOnlyList<PublishedEvent> Published
    {
        get
        {
            lock (gate)
            {
                return [.. published];
            }
        }
    }

    /// <summary>
    /// Sends 1-10 entries. An entry without <c>Source</c>, <c>DetailType</c> or <c>Detail</c>, or whose detail is not a JSON object,
    /// fails on its own (<c>InvalidArgument</c>, <c>MalformedDetail</c>) while the others are accepted; a wrong number of entries, a
    /// malformed bus name or entries over 256 KB in total fail the call with a <see cref="EventBridgeException"/>.
    /// </summary>
    public PutEventsResult PutEvents(AccountRegion scope, IReadOnlyList<PutEventsEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Validate(entries);
        var now = options.TimeProvider.GetUtcNow();
        var results = new List<PutEventsResultEntry>(entries.Count);
        lock (gate)
        {
            foreach (var entry in entries)
            {
                var problem = ProblemOf(entry);
                if (problem is not null)
                {
                    results.Add(problem);
                    continue;
                }

                var eventId = Guid.NewGuid().ToString();
                published.Add(new PublishedEvent(
                    eventId,
                    scope.AccountId,
                    scope.Region,
                    BusNameOf(entry.EventBusName),
                    entry.Source!,
                    entry.DetailType!,
                    entry.Detail!,
                    entry.Time ?? now,
                    [.. entry.Resources ?? []]));
                results.Add(new PutEventsResultEntry(eventId, null, null));
            }
        }

        return new PutEventsResult(results.Count(result => !result.Succeeded), results);
    }

    /// <summary>
    /// An entry's size as EventBridge counts it against the 256 KB limit: 14 bytes for a <c>Time</c>, plus the UTF-8 bytes of
    /// <c>Source</c>, <c>DetailType</c>, <c>Detail</c>, every resource and <c>EventBusName</c>.
    /// </summary>
    public static int EntrySize(PutEventsEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var size = entry.Time is null ? 0 : EventBridgeLimits.TimeBytes;
        size += Utf8Length(entry.Source) + Utf8Length(entry.DetailType) + Utf8Length(entry.Detail) + Utf8Length(entry.EventBusName);
        foreach (var resource in entry.Resources ?? [])
        {
            size += Utf8Length(resource);
        }

        return size;
    }

    private static void Validate(IReadOnlyList<PutEventsEntry> entries)
    {
        if (entries.Count < EventBridgeLimits.MinEntries)
        {
            throw new EventBridgeException(ValidationException, "1 validation error detected: Value '[]' at 'entries' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }

        if (entries.Count > EventBridgeLimits.MaxEntries)
        {
            throw new EventBridgeException(ValidationException, "1 validation error detected: Value '[PutEventsRequestEntry]' at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10");
        }

        for (var index = 0; index < entries.Count; index++)
        {
            var busName = entries[index].EventBusName;
            if (busName is not null && (busName.Length is < 1 or > 1600 || !EventBusNameRegex().IsMatch(busName)))
            {
                throw new EventBridgeException(
                    ValidationException,
                    $"1 validation error detected: Value '{busName}' at 'entries.{index + 1}.member.eventBusName' failed to satisfy constraint: Member must satisfy regular expression pattern: {EventBusNamePattern}");
            }
        }

        var total = 0L;
        foreach (var entry in entries)
        {
            total += EntrySize(entry);
        }

        if (total > EventBridgeLimits.MaxRequestEntriesBytes)
        {
            throw new EventBridgeException(ValidationException, "Total size of the entries in the request is over the limit.");
        }
    }

    private static PutEventsResultEntry? ProblemOf(PutEventsEntry entry)
    {
        if (string.IsNullOrEmpty(entry.Source))
        {
            return Required("Source");
        }

        if (string.IsNullOrEmpty(entry.DetailType))
        {
            return Required("DetailType");
        }

        if (string.IsNullOrEmpty(entry.Detail))
        {
            return Required("Detail");
        }

        return IsJsonObject(entry.Detail) ? null : new PutEventsResultEntry(null, MalformedDetail, "Detail is malformed.");
    }

    private static PutEventsResultEntry Required(string member) =>
        new(null, InvalidArgument, $"Parameter {member} is not valid. Reason: {member} is a required argument.");

    private static bool IsJsonObject(string detail)
    {
        try
        {
            using var document = JsonDocument.Parse(detail, new JsonDocumentOptions { MaxDepth = 1000 });
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string BusNameOf(string? nameOrArn)
    {
        if (nameOrArn is null)
        {
            return EventBridgeLimits.DefaultEventBusName;
        }

        var slash = nameOrArn.LastIndexOf('/');
        return nameOrArn.StartsWith("arn:", StringComparison.Ordinal) && slash >= 0 ? nameOrArn[(slash + 1)..] : nameOrArn;
    }

    private static int Utf8Length(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);

    [GeneratedRegex("^" + EventBusNamePattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex EventBusNameRegex();
}
