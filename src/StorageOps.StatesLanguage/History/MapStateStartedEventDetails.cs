using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

/// <summary>Details of MapStateStarted: how many items the Map iterates over.</summary>
public sealed record MapStateStartedEventDetails(int Length) : HistoryEventDetails
{
    public override JsonObject ToJson() => new() { ["length"] = Length };
}
