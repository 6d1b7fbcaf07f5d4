namespace StorageOps.StatesLanguage.States;

/// <summary>Where a state goes when it completes: the Next state, or the end of the execution.</summary>
public sealed record Transition(string? Next)
{
    public bool IsEnd => Next is null;

    public static Transition End { get; } = new((string?)null);
}
