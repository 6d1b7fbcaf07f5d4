namespace StorageOps.Simulator.Faults;

public enum FaultKind
{
    None,
    Throttling,
    ServerError,
}
