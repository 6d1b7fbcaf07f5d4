namespace StorageOps.Simulator.Ec2;

/// <summary>One <c>Filter.N</c> of a describe request: a name and the values any of which may match (<c>*</c> and <c>?</c> are wildcards).</summary>
public sealed record Ec2Filter(string Name, IReadOnlyList<string> Values);
