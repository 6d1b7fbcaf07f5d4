namespace StorageOps.Simulator.Rds;

/// <summary>One <c>Filters.Filter.N</c> of a Describe call: a name and the values any of which may match.</summary>
public sealed record RdsFilter(string Name, IReadOnlyList<string> Values);
