namespace StorageOps.Simulator.EventBridge;

/// <summary>One entry of a PutEvents request, as sent: every member optional, as in the EventBridge model.</summary>
/// <param name="EventBusName">A bus name or ARN; null means the <c>default</c> bus.</param>
/// <param name="Time">Null means the time of the PutEvents call on the simulator's clock.</param>
public sealed record PutEventsEntry(
    string? Source,
    string? DetailType,
    string? Detail,
    string? EventBusName = null,
    IReadOnlyList<string>? Resources = null,
    DateTimeOffset? Time = null);
