namespace StorageOps.Aws.DocDbElastic;

/// <summary>One field a DocumentDB Elastic <see cref="ValidationException"/> names.</summary>
public sealed record ValidationExceptionField(string Name, string Message);
