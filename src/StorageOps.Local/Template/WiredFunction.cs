namespace StorageOps.Local.Template;

/// <summary>A function of the template as Lambda would run it: its ARN, the handler it selects, and its environment (Globals + its own).</summary>
public sealed record WiredFunction(string LogicalId, string FunctionArn, string Handler, IReadOnlyDictionary<string, string> Environment);
