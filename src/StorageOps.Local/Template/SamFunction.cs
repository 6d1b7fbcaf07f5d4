namespace StorageOps.Local.Template;

/// <summary>An <c>AWS::Serverless::Function</c> with Globals applied.</summary>
/// <param name="Environment">Its environment variables; STORAGEOPS_HANDLER selects the handler.</param>
public sealed record SamFunction(
    string LogicalId,
    string? Runtime,
    string? Handler,
    string? CodeUri,
    IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Environment variables whose value is an intrinsic (<c>!Ref</c> a state machine or queue), resolved by <see cref="TemplateWiring"/>.</summary>
    public IReadOnlyDictionary<string, Intrinsic> EnvironmentReferences { get; init; } = new Dictionary<string, Intrinsic>();

    /// <summary>Seconds, Globals applied; Lambda's default is 3.</summary>
    public string? Timeout { get; init; }
}
