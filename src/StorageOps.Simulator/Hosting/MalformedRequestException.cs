namespace StorageOps.Simulator.Hosting;

/// <summary>A request body no service could read (not JSON, not Unicode, not an object); each protocol reports it with its own error code.</summary>
internal sealed class MalformedRequestException(string message) : Exception(message)
{
}
