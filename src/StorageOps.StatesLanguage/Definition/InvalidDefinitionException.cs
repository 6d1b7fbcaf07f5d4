namespace StorageOps.StatesLanguage.Definition;

/// <summary>A state machine definition failed validation; <see cref="Problems"/> lists every problem found.</summary>
public sealed class InvalidDefinitionException : Exception
{
    public InvalidDefinitionException(IReadOnlyList<DefinitionProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<DefinitionProblem> Problems { get; }

    private static string Describe(IReadOnlyList<DefinitionProblem> problems) =>
        $"The state machine definition is invalid ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):"
        + string.Concat(problems.Select(problem => Environment.NewLine + "  - " + problem.Message));
}
