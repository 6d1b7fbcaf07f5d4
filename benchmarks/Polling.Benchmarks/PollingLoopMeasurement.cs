namespace Polling.Benchmarks;

/// <param name="Started">When the loop's Wait was first entered: the operation had just been requested (Lambda calls take no virtual time).</param>
/// <param name="Noticed">When the describe was last entered: the poll that saw the resource settled.</param>
public sealed record PollingLoopMeasurement(DateTimeOffset Started, DateTimeOffset Noticed, int Describes);
