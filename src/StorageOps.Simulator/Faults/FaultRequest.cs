namespace StorageOps.Simulator.Faults;

/// <summary>A request as the fault rules see it: its service, operation name and the resource ids or ARNs it names.</summary>
public sealed record FaultRequest(string Service, string Operation, IReadOnlyList<string> Resources);
