namespace StorageOps.Simulator.Rds;

/// <summary>An RDS resource tag (<c>Tags.Tag.N.Key/Value</c> on the wire).</summary>
public sealed record RdsTag(string Key, string Value);
