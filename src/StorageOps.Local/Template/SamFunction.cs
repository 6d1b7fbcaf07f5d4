namespace StorageOps.Local.Template;

/// <summary>An <c>AWS::Serverless::Function</c> with Globals applied.</summary>
/// <param name="Environment">Its environment variables; STORAGEOPS_HANDLER selects the handler.</param>
public sealed record SamFunction(
    string LogicalId,
    string? Runtime,
    string? Handler,
    string? CodeUri,
    IReadOnlyDictionary<string, string> Environment);
