namespace StorageOps.Local.Reports;

/// <summary>
/// One time the execution was in a state, from its StateEntered to its StateExited event (a state in a loop or in a Map
/// iteration has several visits). <see cref="Output"/> and <see cref="Exited"/> are null when the state never exited.
/// </summary>
public sealed record StateVisit(
    string StateName,
    DateTimeOffset Entered,
    string Input,
    DateTimeOffset? Exited,
    string? Output,
    int Attempts,
    IReadOnlyList<StateFailure> Failures,
    StateStatus Status);
