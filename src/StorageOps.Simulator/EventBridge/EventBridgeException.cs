namespace StorageOps.Simulator.EventBridge;

/// <summary>An EventBridge error that fails the whole call (not one entry), with the code EventBridge sends in <c>__type</c>.</summary>
public sealed class EventBridgeException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}
