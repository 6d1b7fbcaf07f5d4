namespace StorageOps.Aws.Efs;

public sealed record Tag(string Key, string Value);
