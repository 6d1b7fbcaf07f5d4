namespace StorageOps.StatesLanguage.Definition;

/// <summary>One reason a definition cannot run, naming the state and field it concerns (when there is one).</summary>
public sealed record DefinitionProblem(string? StateName, string? Field, string Message)
{
    public override string ToString() => Message;
}
