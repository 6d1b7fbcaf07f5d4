namespace StorageOps.Aws.Rds;

/// <summary>A describe filter, e.g. <c>new Filter("db-cluster-id", ["my-cluster"])</c>; values are ORed.</summary>
public sealed record Filter(string Name, IReadOnlyList<string> Values);
