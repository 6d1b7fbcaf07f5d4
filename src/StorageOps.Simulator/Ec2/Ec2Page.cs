namespace StorageOps.Simulator.Ec2;

/// <summary>One page of a describe; <see cref="NextToken"/> is null on the last page.</summary>
public sealed record Ec2Page<TItem>(IReadOnlyList<TItem> Items, string? NextToken);
