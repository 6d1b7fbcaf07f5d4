namespace StorageOps.Local.Template;

/// <summary>A state machine ready to run locally: its definition with every <c>${...}</c> substituted.</summary>
public sealed record WiredWorkflow(string Name, string StateMachineArn, string DefinitionPath, string Definition);
