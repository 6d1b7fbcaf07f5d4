namespace StorageOps.Aws.Rds;

/// <summary>An RDS tag: key 1–128 characters, not starting with <c>aws:</c> or <c>rds:</c>; value up to 256 characters.</summary>
public sealed record Tag(string Key, string Value);
