namespace StorageOps.StatesLanguage.Definition;

/// <summary>Collects problems while a definition is read, so that all of them are reported at once.</summary>
internal sealed class DefinitionProblems
{
    private readonly List<DefinitionProblem> _problems = [];

    public IReadOnlyList<DefinitionProblem> All => _problems;

    public void Report(string? stateName, string? field, string text)
    {
        var subject = (stateName, field) switch
        {
            (not null, not null) => $"State '{stateName}': field '{field}' ",
            (not null, null) => $"State '{stateName}': ",
            (null, not null) => $"Field '{field}' ",
            _ => string.Empty,
        };
        _problems.Add(new DefinitionProblem(stateName, field, subject + text));
    }
}
