namespace StorageOps.Local.Template;

/// <summary>An <c>AWS::Serverless::StateMachine</c> defined by a file in statemachines/.</summary>
/// <param name="DefinitionSubstitutions">Name → literal string or <see cref="Intrinsic"/>.</param>
public sealed record SamStateMachine(
    string LogicalId,
    string? DefinitionUri,
    IReadOnlyDictionary<string, object?> DefinitionSubstitutions)
{
    /// <summary>The workflow name users type: the definition file's name without <c>.asl.json</c>.</summary>
    public string WorkflowName => Path.GetFileName(DefinitionUri ?? LogicalId).Replace(".asl.json", "", StringComparison.Ordinal);
}
