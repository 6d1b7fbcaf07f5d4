namespace StorageOps.Simulator.EventBridge;

/// <summary>An event EventBridge accepted onto a bus.</summary>
/// <param name="EventBusName">The bus name (an ARN in the request is reduced to its name).</param>
/// <param name="Detail">The detail JSON object exactly as sent.</param>
public sealed record PublishedEvent(
    string EventId,
    string Account,
    string Region,
    string EventBusName,
    string Source,
    string DetailType,
    string Detail,
    DateTimeOffset Time,
    IReadOnlyList<string> Resources);
