using System.Text.Json;
using System.Text.Json.Serialization;

namespace StorageOps.Functions.EventSources.EventBridge;

/// <summary>What an EventBridge schedule rule invokes a function with.</summary>
/// <param name="Time">When the schedule fired: the nightly run's "today".</param>
/// <param name="Resources">The ARN of the rule that fired.</param>
public sealed record ScheduledEvent(
    string? Version,
    string Id,
    [property: JsonPropertyName("detail-type")] string DetailType,
    string Source,
    string? Account,
    DateTimeOffset Time,
    string? Region,
    IReadOnlyList<string>? Resources,
    JsonElement? Detail);
