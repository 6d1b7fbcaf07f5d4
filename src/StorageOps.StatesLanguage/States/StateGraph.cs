namespace StorageOps.StatesLanguage.States;

/// <summary>A StartAt and its States: the top level of a state machine, a Parallel branch or a Map item processor.</summary>
public sealed record StateGraph(string StartAt, IReadOnlyDictionary<string, State> States);
