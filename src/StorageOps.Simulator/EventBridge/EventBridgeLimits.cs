namespace StorageOps.Simulator.EventBridge;

/// <summary>The PutEvents limits EventBridge enforces.</summary>
public static class EventBridgeLimits
{
    public const int MinEntries = 1;

    public const int MaxEntries = 10;

    /// <summary>256 KB: the most the entries of one request may add up to, counted as <see cref="EventBridgeBackend.EntrySize"/> does.</summary>
    public const int MaxRequestEntriesBytes = 256 * 1024;

    /// <summary>What an entry's <c>Time</c> counts for in the size, whatever its value (AWS's size calculation).</summary>
    public const int TimeBytes = 14;

    public const string DefaultEventBusName = "default";
}
