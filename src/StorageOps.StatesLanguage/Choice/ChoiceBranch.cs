namespace StorageOps.StatesLanguage.Choice;

/// <summary>A top-level Choice Rule: when <see cref="Rule"/> holds, the machine moves to <see cref="Next"/>.</summary>
public sealed record ChoiceBranch(ChoiceRule Rule, string Next);
